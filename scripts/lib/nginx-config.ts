/**
 * nginx's configuration syntax: directives of words ending in `;`, or followed by a `{ … }` block
 * of more directives, with `#` comments and quoted strings. Parsed into a tree, so a program can
 * find and replace directives by name and block, not by a pattern over the whole text that a
 * comment, a quoted `;` or a reordered file would fool.
 */

export interface Directive {
  name: string;
  /** The arguments as written, quotes and escapes kept, so printing gives back what was read. */
  args: string[];
  /** The directives inside `{ … }`; absent for a directive that ends in `;`. */
  block?: Directive[];
  /** 1-based line of the directive's name, for messages. */
  line: number;
}

type Token = { kind: 'word'; text: string; line: number } | { kind: '{' | '}' | ';'; line: number };

export class NginxConfigError extends Error {}

function tokenize(text: string, file: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '{' || c === '}' || c === ';') {
      tokens.push({ kind: c, line });
      i++;
    } else {
      const start = i;
      const startLine = line;
      if (c === '"' || c === "'") {
        i++;
        while (i < text.length && text[i] !== c) {
          if (text[i] === '\\') i++;
          if (text[i] === '\n') line++;
          i++;
        }
        if (i >= text.length) throw new NginxConfigError(`${file}:${startLine}: unterminated ${c === '"' ? 'double' : 'single'}-quoted string.`);
        i++;
      } else {
        while (i < text.length && !/[\s;{}]/.test(text[i]!)) {
          if (text[i] === '\\') i++;
          // A variable may be written ${name}: its braces belong to the word.
          else if (text[i] === '$' && text[i + 1] === '{') while (i < text.length && text[i] !== '}') i++;
          i++;
        }
      }
      tokens.push({ kind: 'word', text: text.slice(start, i), line: startLine });
    }
  }
  return tokens;
}

/** Parses a whole configuration file into its top-level directives. */
export function parseNginxConfig(text: string, file = 'nginx.conf'): Directive[] {
  const tokens = tokenize(text, file);
  let at = 0;
  const parseBlock = (opened: Token | undefined): Directive[] => {
    const directives: Directive[] = [];
    for (;;) {
      const token = tokens[at++];
      if (!token) {
        if (opened) throw new NginxConfigError(`${file}:${opened.line}: the block opened here is never closed with "}".`);
        return directives;
      }
      if (token.kind === '}') {
        if (!opened) throw new NginxConfigError(`${file}:${token.line}: "}" closes no block.`);
        return directives;
      }
      if (token.kind !== 'word') throw new NginxConfigError(`${file}:${token.line}: unexpected "${token.kind}" where a directive name belongs.`);
      const directive: Directive = { name: token.text, args: [], line: token.line };
      for (;;) {
        const next = tokens[at++];
        if (!next) throw new NginxConfigError(`${file}:${token.line}: directive "${token.text}" has no ending ";".`);
        if (next.kind === 'word') directive.args.push(next.text);
        else if (next.kind === ';') break;
        else if (next.kind === '{') {
          directive.block = parseBlock(next);
          break;
        } else throw new NginxConfigError(`${file}:${next.line}: unexpected "}" inside directive "${token.text}".`);
      }
      directives.push(directive);
    }
  };
  return parseBlock(undefined);
}

/** Prints directives back as configuration text, one a line, blocks indented. */
export function printNginxConfig(directives: readonly Directive[], indent = ''): string {
  return directives
    .map((directive) => {
      const head = [directive.name, ...directive.args].join(' ');
      if (!directive.block) return `${indent}${head};\n`;
      return `${indent}${head} {\n${printNginxConfig(directive.block, indent + '    ')}${indent}}\n`;
    })
    .join('');
}

/** The value an argument stands for: quotes removed, escapes resolved. */
export function unquote(arg: string): string {
  const quoted = (arg.startsWith('"') && arg.endsWith('"')) || (arg.startsWith("'") && arg.endsWith("'"));
  const body = quoted && arg.length >= 2 ? arg.slice(1, -1) : arg;
  return body.replace(/\\(.)/g, '$1');
}

/**
 * An argument that stands for `value` exactly. nginx has no escape for "$" (it always starts a
 * variable where variables are allowed), so a value holding one is refused rather than mangled.
 */
export function quote(value: string): string {
  if (value.includes('$')) throw new NginxConfigError(`Cannot write "${value}" into an nginx configuration: it holds a "$".`);
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A directive without a block. */
export function directive(name: string, ...args: string[]): Directive {
  return { name, args, line: 0 };
}

/**
 * The headers `add_header` sends from a block, as nginx applies them: a block inherits its
 * parent's add_header directives only when it has none of its own.
 */
export function addedHeaders(...blocks: readonly (readonly Directive[])[]): Map<string, string> {
  const own = [...blocks].reverse().find((block) => block.some((d) => d.name === 'add_header')) ?? [];
  const headers = new Map<string, string>();
  for (const d of own) if (d.name === 'add_header' && d.args.length >= 2) headers.set(unquote(d.args[0]!), unquote(d.args[1]!));
  return headers;
}
