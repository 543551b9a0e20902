// Cuts a large emitted file into pieces the formatter takes one at a time (format.ts). dprint's
// WebAssembly memory grows to what the largest text it formatted needed, tens of times the text's
// size, and never shrinks: the synthetic spec's 1.8 MB functions.ts alone took it to about 150 MB.
// In pieces of about 128 KB, formatting that spec's client modules adds about 80 MB to the
// process's peak instead of 280 MB, and takes a little less CPU (bench/format.ts).
//
// A cut is made only where a top-level declaration starts: after a blank line, at a line that
// begins with `export ` or at the doc comment right above such a line. `export` cannot continue
// an expression, so a cut there ends a statement, unless it falls inside a comment or a template
// literal; the piece before it then does not parse, and format.ts formats the file whole instead.
// dprint keeps one blank line between declarations, so the formatted pieces joined with one blank
// line are the formatted file (test/generator/format.test.ts compares the two on Telnyx's code).

/** The pieces of `content`, each (but the last) at least `pieceLength` characters long, in order. */
export function splitIntoPieces(content: string, pieceLength: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (content.length - start > pieceLength) {
    const cut = nextDeclarationStart(content, start + pieceLength);
    if (cut === undefined) break;
    pieces.push(content.slice(start, cut));
    start = cut;
  }
  pieces.push(content.slice(start));
  return pieces;
}

/** The first offset at or after `from` where a top-level declaration starts after a blank line. */
function nextDeclarationStart(content: string, from: number): number | undefined {
  for (let blank = content.indexOf("\n\n", from); blank !== -1; blank = content.indexOf("\n\n", blank + 1)) {
    const start = blank + 2;
    if (content.startsWith("export ", start)) return start;
    if (content.startsWith("/**", start)) {
      const end = content.indexOf("*/", start + 3);
      if (end !== -1 && content.startsWith("\nexport ", end + 2)) return start;
    }
  }
  return undefined;
}

/**
 * `text` without the line breaks it ends with. (`replace(/\n+$/, "")` tries the pattern at every
 * offset of the text: 40 ms over the synthetic spec's query.ts and functions.ts.)
 */
export function withoutFinalLineBreaks(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return text.slice(0, end);
}

/** Every top-level declaration of `content` (with the comment above it), in order: the cuts above, at every declaration. */
export function splitIntoDeclarations(content: string): string[] {
  return splitIntoPieces(content, 0);
}

/**
 * Whether a declaration may be taken as the formatter's own output, when its emitter lays its
 * code out as the formatter does (emit/layout.ts): every line of code fits in the line width
 * (a comment line may be longer: dprint leaves comments as they are), and nothing else the
 * formatter would change shows: trailing whitespace, tabs, carriage returns, two blank lines in
 * a row. A declaration its emitter did not lay out has a line too long, and is formatted. So is
 * one with a character beyond ASCII in its code (a name or a path from the spec): dprint counts
 * columns as a terminal shows them, an East Asian character as two, where layout.ts counts one.
 */
const BEYOND_ASCII = /[^\x00-\x7f]/;

export function looksLaidOut(declaration: string, lineWidth: number): boolean {
  const text = withoutFinalLineBreaks(declaration);
  if (text.includes("\t") || text.includes("\r") || text.includes("\n\n\n")) return false;
  let inBlockComment = false;
  for (const line of text.split("\n")) {
    if (line.endsWith(" ")) return false;
    const start = line.trimStart();
    const inBlock = inBlockComment || start.startsWith("/*");
    if (inBlock) inBlockComment = !line.includes("*/");
    // Only a line of comment alone may be longer: `/** … */ code` is held to the width.
    const commentOnly = start.startsWith("//") || (inBlock && (inBlockComment || line.endsWith("*/")));
    if (!commentOnly && (line.length > lineWidth || BEYOND_ASCII.test(line))) return false;
  }
  return true;
}
