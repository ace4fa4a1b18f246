/**
 * A synthetic handbook in the project's own content format: the scale fixture for benchmarks.
 * Deterministic (same size, same files) and valid: its output passes the checker with no errors.
 */

export interface GeneratedFile {
  path: string;
  text: string;
}

const WORDS = ['poliitika', 'teenus', 'protsess', 'eesmärk', 'tuumiktiim', 'eelarve', 'mõõdik', 'koostöö', 'arendus', 'klient', 'kvaliteet', 'ülevaade'];

function sentence(seed: number, length = 12): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

const yamlString = (value: string) => JSON.stringify(value);

const SYLLABLES = ['ka', 'le', 'mi', 'no', 'pu', 'ra', 'se', 'ti', 'vu', 'jo'];

/**
 * A made-up word of its own for every n ("kaleline"), so each glossary term has an expansion
 * no other term shares, as a real glossary does. With expansions drawn from the prose's few
 * common words every page would mention every term, which no real handbook does.
 */
function uniqueWord(n: number): string {
  return `${[...String(n)].map((digit) => SYLLABLES[Number(digit)]).join('')}line`;
}

/**
 * Splits `entries` over the collections in the proportions of a grown handbook: most entries
 * are posts, processes, roles and glossary terms; a few are chapters and bodies.
 */
export function planSizes(entries: number) {
  const share = (fraction: number, minimum = 1) => Math.max(minimum, Math.round(entries * fraction));
  const sizes = {
    organizations: share(0.01, 2),
    units: share(0.05, 2),
    positions: share(0.25, 3),
    roles: share(0.12, 2),
    roleFunctions: share(0.02, 2),
    supportServices: share(0.02, 1),
    processes: Math.min(99, share(0.05, 1)),
    uncodedProcesses: share(0.13, 1),
    policyDomains: 3,
    policyAreas: share(0.1, 3),
    bodies: share(0.03, 1),
    glossary: 0,
    chapters: share(0.01, 1),
  };
  // Coded processes stop at P99; glossary terms fill up to the requested size (plus the document).
  const planned = Object.values(sizes).reduce((sum, count) => sum + count, 0) + 1;
  sizes.glossary = Math.max(1, entries - planned);
  return sizes;
}

export function generateHandbook(entries: number): GeneratedFile[] {
  const size = planSizes(entries);
  const files: GeneratedFile[] = [];
  const add = (path: string, text: string) => files.push({ path, text });
  const id = (prefix: string, n: number) => `${prefix}-${n + 1}`;

  for (let n = 0; n < size.organizations; n += 1) {
    add(`organizations/${id('asutus', n)}.yaml`, `name: Asutus ${n + 1}\nkind: ${n === 0 ? 'ministeerium' : 'amet'}\n${n > 0 ? 'parent: asutus-1\n' : ''}source: Genereeritud\n`);
  }
  for (let n = 0; n < size.units; n += 1) {
    add(`units/${id('osakond', n)}.yaml`, `name: Osakond ${n + 1}\nkind: osakond\norganization: ${id('asutus', n % size.organizations)}\nsource: Genereeritud\n`);
  }
  for (let n = 0; n < size.roleFunctions; n += 1) {
    add(`role-functions/${id('funktsioon', n)}.yaml`, `name: Funktsioon ${n + 1}\ndefinition: ${yamlString(sentence(n))}\nsource: Genereeritud\n`);
  }
  for (let n = 0; n < size.roles; n += 1) {
    const card = n % 3 === 0
      ? `card:\n  whyNeeded: ${yamlString(sentence(n, 8))}\n  functionsAsWritten: Funktsioon ${(n % size.roleFunctions) + 1}\n  functions:\n    - ${id('funktsioon', n % size.roleFunctions)}\n  workGoal: ${yamlString(sentence(n + 1, 30))}\n  benefit: ${yamlString(sentence(n + 2, 10))}\n  targetGroups:\n    - name: Roll ${((n + 1) % size.roles) + 1}\n      role: ${id('roll', (n + 1) % size.roles)}\n  competencies:\n    - ${yamlString(sentence(n + 3, 10))}\n  jobFamily: Poliitika rakendamine 4\n  approval:\n    date: 2026-01-15\n    number: "${n + 1}"\n`
      : '';
    add(
      `roles/${id('roll', n)}.yaml`,
      `name: Roll ${n + 1}\nkind: ${card ? 'rollikaart' : 'juhtimistasand'}\nscope: SoM\norder: ${n}\nlevelDescription:\n  - ${yamlString(sentence(n, 16))}\ndutyGroups:\n  - heading: Ülesanded ja vastutus\n    duties:\n      - ${yamlString(sentence(n + 4))}\n      - ${yamlString(sentence(n + 5))}\n${card}source: Genereeritud\n`,
    );
  }
  for (let n = 0; n < size.positions; n += 1) {
    // Every post reports to one with a lower number: a tree, so no cycle.
    const reports = n > 0 ? `reportsTo: ${id('ametikoht', Math.floor((n - 1) / 4))}\n` : '';
    add(
      `positions/${id('ametikoht', n)}.yaml`,
      `name: Ametikoht ${n + 1}\norganization: ${id('asutus', n % size.organizations)}\nunit: ${id('osakond', n % size.units)}\n${reports}roles:\n  - ${id('roll', n % size.roles)}\nsource: Genereeritud\n`,
    );
  }
  for (let n = 0; n < size.supportServices; n += 1) {
    add(`support-services/${id('tugiteenus', n)}.yaml`, `name: Tugiteenus ${n + 1}\ngoal:\n  - ${yamlString(sentence(n, 20))}\nlead: ${id('ametikoht', n % size.positions)}\norder: ${n}\nsource: Genereeritud\n`);
  }
  const approval = 'approval:\n  date: 2026-01-15\n  number: "2"\n';
  for (let n = 0; n < size.processes; n += 1) {
    const code = `P${String(n + 1).padStart(2, '0')}`;
    add(
      `processes/${code.toLowerCase()}.yaml`,
      `name: Protsess ${code}\ncode: ${code}\nstatus: kinnitatud\nkind: tugiprotsess\nowner: ${id('ametikoht', n % size.positions)}\nsupportService: ${id('tugiteenus', n % size.supportServices)}\nguides:\n  - code: ${code}_J01\n    subject: ${yamlString(sentence(n, 5))}\n${approval}lastReview: 2025-06-01\nreviewIntervalMonths: 12\norder: ${n}\nsource: Genereeritud\n`,
    );
  }
  for (let n = 0; n < size.uncodedProcesses; n += 1) {
    add(
      `processes/${id('protsess', n)}.yaml`,
      `name: Protsess ${n + 1}\nstatus: loomisel\nkind: tugiprotsess\nowner: ${id('ametikoht', (n * 3) % size.positions)}\nsupportService: ${id('tugiteenus', n % size.supportServices)}\norder: ${size.processes + n}\nsource: Genereeritud\n`,
    );
  }
  const domains = ['terviseala', 'sotsiaalala', 'kantsleri-ala'];
  domains.forEach((domain, n) => {
    add(`policy-domains/${domain}.yaml`, `name: ${domain}\norder: ${n}\ngroups:\n  - id: ruhm-1\n    name: Rühm 1\n  - id: ruhm-2\n    name: Rühm 2\nsource: Genereeritud\n`);
  });
  for (let n = 0; n < size.policyAreas; n += 1) {
    add(
      `policy-areas/${id('poliitika', n)}.yaml`,
      `name: Poliitika ${n + 1}\ndomain: ${domains[n % 3]}\ngroup: ruhm-${(n % 2) + 1}\nhorizontal: ${n % 7 === 0}\norder: ${n}\nlead: ${id('ametikoht', n % size.positions)}\nsource: Genereeritud\n`,
    );
  }
  for (let n = 0; n < size.bodies; n += 1) {
    add(
      `bodies/${id('kogu', n)}.yaml`,
      `name: Kogu ${n + 1}\norgan: Juhtkond\ncategory: administratiivne juhtimine\nchair: ${id('roll', n % size.roles)}\nparticipants:\n  - name: Roll ${(n % size.roles) + 1}\n    role: ${id('roll', n % size.roles)}\n  - name: osakonna töötajad\n    whenNeeded: true\npurpose: ${yamlString(sentence(n, 14))}\nfrequency:\n  asWritten: Kord kuus\n  times: 1\n  per: kuu\norder: ${n}\nsource: Genereeritud\n`,
    );
  }
  for (let n = 0; n < size.glossary; n += 1) {
    add(`glossary/${id('moiste', n)}.yaml`, `term: MÕISTE${n + 1}\nexpansion: ${uniqueWord(n + 1)} ${WORDS[n % WORDS.length]}\nsource: Genereeritud\n`);
  }
  add('documents/s1.yaml', `designation: S1\ntitle: Genereeritud käsiraamat\nversion: 1\nauthor: Generaator\n${approval}changeNotes:\n  - Esimene versioon.\nsource: Genereeritud\n`);
  for (let n = 0; n < size.chapters; n += 1) {
    const paragraphs = Array.from({ length: 6 }, (_, p) => {
      const process = `p${String(((n + p) % size.processes) + 1).padStart(2, '0')}`;
      const term = ((n * 6 + p) % size.glossary) + 1;
      return `${sentence(n + p, 40)} Vaata [](ref:processes/${process}) ja [](ref:positions/${id('ametikoht', (n + p) % size.positions)}) (MÕISTE${term}).`;
    });
    const table = '| Veerg | Väärtus |\n| --- | --- |\n| Üks | Kaks |';
    add(
      `handbook/${id('peatukk', n)}.mdx`,
      `---\ntitle: Peatükk ${n + 1}\nnumber: "${n + 1}"\norder: ${n}\ndocument: s1\n---\n\n## ${n + 1}.1. Sissejuhatus\n\n${paragraphs.slice(0, 3).join('\n\n')}\n\n${table}\n\n## ${n + 1}.2. Protsessid\n\n${paragraphs.slice(3).join('\n\n')}\n${n === 0 ? '\n<BodiesTable />\n' : ''}`,
    );
  }
  return files;
}
