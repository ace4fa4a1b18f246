/**
 * Progressive enhancement of a register table: filters by the row's data-* attributes and
 * sorting by column. Without JavaScript the form stays hidden and the whole table is shown.
 * The counter says how many rows are shown in the words of its data-template, e.g.
 * "Näidatakse {shown} protsessi {total}-st."
 */
export function enhanceRegister(formId: string, tableId: string, counterId: string): void {
  const form = document.getElementById(formId) as HTMLFormElement | null;
  const table = document.getElementById(tableId) as HTMLTableElement | null;
  const counter = document.getElementById(counterId);
  if (!form || !table || !counter) return;
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  form.hidden = false;

  const apply = () => {
    const wanted = [...form.querySelectorAll('select')].map((select) => [select.name, select.value] as const);
    let shown = 0;
    for (const row of rows) {
      const match = wanted.every(([name, value]) => value === '' || row.dataset[name] === value);
      row.hidden = !match;
      if (match) shown += 1;
    }
    const template = counter.dataset.template ?? 'Näidatakse {shown} rida {total}-st.';
    counter.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  };
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (event) => event.preventDefault());

  // Tells the stylesheet that the headings are buttons now: on a phone they become a sort bar above the cards.
  table.dataset.sortable = '';
  table.querySelectorAll<HTMLTableCellElement>('th[data-sort]').forEach((header) => {
    const column = header.cellIndex;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = header.textContent ?? '';
    header.textContent = '';
    header.append(button);
    header.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th[data-sort]').forEach((other) => other.setAttribute('aria-sort', 'none'));
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const text = (row: HTMLTableRowElement) => row.cells[column]?.textContent?.trim() ?? '';
      rows.sort((a, b) => text(a).localeCompare(text(b), 'et', { numeric: true }) * (ascending ? 1 : -1));
      body.append(...rows);
    });
  });
}
