// Checks of a provider's spec files as files, run before Redocly reads them:
// - every `$ref` (and example `externalValue`) to another file stays inside the entry document's
//   folder (a spec must not make the generator read `../../etc/passwd` and echo its first line as
//   an "error"); URLs are refused, so generation never fetches anything;
// - YAML aliases are few (an "aliases of aliases" bomb expands to gigabytes when bundled);
// - a component name is defined in one file only: bundling would silently rename the second
//   (`schemas-Brand`), and that name would leak into the generated types and docs; a component
//   named like an Object.prototype member (`constructor`) is renamed the same way;
// - no component is only an alias in a cycle of aliases (A: $ref B, B: $ref A), which Redocly
//   reports as "Self-referencing circular pointer" without file or line.
// Every finding names the file, line and column.
//
// Each file is read by a fast scanner when it can be: spec-files-json.ts for JSON, spec-files-scan.ts
// for plain block YAML (as our specs are), and by the full YAML AST (spec-files-ast.ts) otherwise;
// all give the same facts.
import { readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { isMap, isPair, isScalar, parseDocument } from "yaml";
import { LineIndex } from "./line-index.js";
import { relativeFile, type SpecProblem } from "./spec-error.js";
import { readFactsFromAst } from "./spec-files-ast.js";
import type { FileFacts, Place, RefSite } from "./spec-files-facts.js";
import { looksLikeJson, scanJson } from "./spec-files-json.js";
import { scanBlockYaml } from "./spec-files-scan.js";

/**
 * More nodes than this added by a file's aliases once expanded is refused: a handful of aliases
 * in a real spec adds hundreds; an alias bomb adds billions with fewer than MAX_ALIASES aliases.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** More aliases than this in one file is refused: our specs use none, real ones a handful. */
export const MAX_ALIASES = 100;

/** File checks after which Redocly must not read the spec: it would read outside files, or throw. */
const STOPPING_RULES = new Set(["ref-outside-spec", "toolkit/alias-cycle", "yaml-aliases"]);

/**
 * The file checks, and whether Redocly may read the files after them: not when a reference
 * leads outside the spec's folder, or the YAML could expand without bound. Kept apart from the
 * lint (validate.ts), so a build runs them without loading Redocly first.
 */
export function checkFiles(entry: string): { problems: SpecProblem[]; stop: boolean } {
  const problems = checkSpecFiles(entry);
  return { problems, stop: problems.some((p) => STOPPING_RULES.has(p.rule)) };
}

export function checkSpecFiles(entry: string): SpecProblem[] {
  const folder = path.dirname(path.resolve(entry));
  // Compared by real path, so a symbolic link inside the folder cannot lead outside it.
  const realFolder = realPath(folder);
  const problems: SpecProblem[] = [];
  const parsed = new Map<string, FileFacts>();
  const queue = [path.resolve(entry)];
  // Queued once, the first time a file is named, so files are read in the order they are named.
  const queued = new Set(queue);
  const targets = new RefTargets(realFolder);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (!isFile(file)) continue; // a missing file is Redocly's no-unresolved-refs
    const one = parseFile(file);
    parsed.set(file, one);
    if (one.aliases.length > MAX_ALIASES) {
      problems.push(problemAt(one, one.aliases[MAX_ALIASES]!, "yaml-aliases", `more than ${MAX_ALIASES} YAML aliases in one file; expand them (aliases of aliases can make the spec grow exponentially).`));
    } else if (one.aliasExpansion && one.aliasExpansion.nodes > MAX_ALIAS_EXPANSION) {
      const added = Number.isFinite(one.aliasExpansion.nodes) ? one.aliasExpansion.nodes.toLocaleString("en-US") : "unboundedly many";
      problems.push(problemAt(one, one.aliasExpansion.largest, "yaml-aliases", `the YAML aliases of this file add ${added} values once expanded (at most ${MAX_ALIAS_EXPANSION.toLocaleString("en-US")}); aliases of aliases make a spec grow exponentially: expand them by hand.`));
    }
    const from = path.dirname(file);
    for (const site of one.refs) {
      const target = site.ref.split("#")[0]!;
      if (target === "") continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        problems.push(problemAt(one, site, "ref-outside-spec", `"${site.ref}" is a URL; specs are built from local files only (nothing is fetched).`));
        continue;
      }
      const { resolved, inside } = targets.follow(from, target);
      if (!inside) {
        problems.push(
          problemAt(one, site, "ref-outside-spec", `"${site.ref}" points outside the spec folder ${relativeFile(folder)}/; it was not read.`),
        );
        continue;
      }
      if (!queued.has(resolved)) {
        queued.add(resolved);
        queue.push(resolved);
      }
    }
  }
  problems.push(...prototypeNamedComponents([...parsed.values()]), ...duplicateComponents([...parsed.values()]), ...aliasCycles(parsed));
  return problems;
}

/** Where a file reference leads; decided once per folder and target, as thousands of refs name the same few files. */
class RefTargets {
  private readonly known = new Map<string, { resolved: string; inside: boolean }>();

  constructor(private readonly realFolder: string) {}

  follow(fromFolder: string, target: string): { resolved: string; inside: boolean } {
    const key = `${fromFolder}\0${target}`;
    let verdict = this.known.get(key);
    if (!verdict) {
      const resolved = path.resolve(fromFolder, safeDecode(target));
      verdict = { resolved, inside: isInside(this.realFolder, realPath(resolved)) };
      this.known.set(key, verdict);
    }
    return verdict;
  }
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file; // does not exist (yet): Redocly reports it; the lexical path is what it would open
  }
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The facts of one file: scanned when it is JSON or plain block YAML, else from the full AST. */
export function readSpecFile(file: string, text: string): FileFacts {
  const index = new LineIndex(text);
  const scanned = looksLikeJson(text) ? scanJson(file, text, index) : scanBlockYaml(file, text, index);
  return "facts" in scanned ? scanned.facts : readFactsFromAst(file, text, index);
}

function parseFile(file: string): FileFacts {
  return readSpecFile(file, readFileSync(file, "utf8"));
}

/**
 * Redocly's bundler looks component names up in plain objects, so a component named like an
 * Object.prototype member ("constructor", "toString") seems taken and is silently renamed
 * ("schemas-constructor"). Properties with those names are fine; component names are refused.
 */
function prototypeNamedComponents(files: FileFacts[]): SpecProblem[] {
  const problems: SpecProblem[] = [];
  for (const one of files) {
    for (const [name, { place }] of one.components) {
      const [group, key] = name.split("/") as [string, string];
      if (key in Object.prototype || group in Object.prototype) {
        problems.push(
          problemAt(one, place, "toolkit/component-names", `components/${name}: "${key}" is a JavaScript object member name, which Redocly's bundler would rename; choose another name.`),
        );
      }
    }
  }
  return problems;
}

function duplicateComponents(files: FileFacts[]): SpecProblem[] {
  const first = new Map<string, FileFacts>();
  const problems: SpecProblem[] = [];
  for (const one of files) {
    for (const [name, { place }] of one.components) {
      const earlier = first.get(name);
      if (!earlier) {
        first.set(name, one);
        continue;
      }
      const other = earlier.components.get(name)!.place;
      const { line, column } = earlier.index.locate(other.offset);
      problems.push(
        problemAt(
          one,
          place,
          "toolkit/unique-components",
          `components/${name} is also defined at ${relativeFile(earlier.file)}:${line}:${column}; bundling would rename one of them. Give each a distinct name.`,
        ),
      );
    }
  }
  return problems;
}

/** Components that are nothing but a `$ref` to each other in a loop. */
function aliasCycles(parsed: Map<string, FileFacts>): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const reported = new Set<string>();
  const keyOf = (file: string, name: string) => `${file}#${name}`;
  for (const one of parsed.values()) {
    for (const [name, component] of one.components) {
      if (!component.aliasOf || reported.has(keyOf(one.file, name))) continue;
      const chain: Array<{ file: string; name: string }> = [{ file: one.file, name }];
      let current: { file: string; name: string } | undefined = chain[0];
      while (current) {
        const site: RefSite | undefined = parsed.get(current.file)?.components.get(current.name)?.aliasOf;
        const next: { file: string; name: string } | undefined = site ? componentTarget(site) : undefined;
        if (!next) break;
        const loopStart = chain.findIndex((c) => c.file === next.file && c.name === next.name);
        if (loopStart === 0) {
          for (const member of chain) reported.add(keyOf(member.file, member.name));
          const names = [...chain, chain[0]!].map((c) => c.name.split("/")[1]).join(" → ");
          problems.push(problemAt(one, component.aliasOf, "toolkit/alias-cycle", `components ${names} only refer to each other; no schema is defined. Give one of them content.`));
          break;
        }
        if (loopStart > 0) break; // a loop further down the chain: reported from its own members
        chain.push(next);
        current = next;
      }
    }
  }
  return problems;
}

/** The component a `$ref` names ("./other.yaml#/components/schemas/B" → that file, "schemas/B"). */
function componentTarget(site: RefSite): { file: string; name: string } | undefined {
  const [target = "", pointer = ""] = site.ref.split("#");
  const match = /^\/components\/([^/]+)\/([^/]+)$/.exec(pointer);
  if (!match) return undefined;
  const unescape = (s: string) => s.replaceAll("~1", "/").replaceAll("~0", "~");
  return { file: target === "" ? site.file : path.resolve(path.dirname(site.file), target), name: `${unescape(match[1]!)}/${unescape(match[2]!)}` };
}

function problemAt(one: FileFacts, place: Place, rule: string, message: string): SpecProblem {
  const { line, column } = one.index.locate(place.offset);
  return { file: relativeFile(one.file), line, column, rule, message, excerpt: one.index.lineText(line) };
}

/** Line and column of the key at `keys` (e.g. ["paths", "/brands", "get"]) in a YAML file, if it is there. */
export function locateKey(file: string, keys: string[]): { line: number; column: number } | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  let node: unknown = parseDocument(text, { uniqueKeys: false, strict: false }).contents;
  let offset: number | undefined;
  for (const key of keys) {
    if (!isMap(node)) return undefined;
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
    if (!pair || !isScalar(pair.key)) return undefined;
    offset = pair.key.range?.[0];
    node = pair.value;
  }
  return offset === undefined ? undefined : new LineIndex(text).locate(offset);
}
