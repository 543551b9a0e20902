// Handlebars setup shared by the emitters: one instance, the helpers the templates use, and
// templates read from templates/ by name.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";

const templatesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../templates");
const hbs = Handlebars.create();

// Templates emit code and Markdown, never HTML: no escaping; helpers format values explicitly.
hbs.registerHelper("json", (value: unknown) => JSON.stringify(value));
hbs.registerHelper("jsonBlock", (value: unknown) => JSON.stringify(value, null, 2));
/** A Markdown table cell: pipes escaped, newlines folded, empty shown as a dash. */
hbs.registerHelper("cell", (value: unknown) => {
  const text = String(value ?? "").replace(/\s+/g, " ").trim();
  return text === "" ? "—" : text.replaceAll("|", "\\|");
});
/** A JSDoc body: no comment terminators, one line. */
hbs.registerHelper("doc", (value: unknown) => String(value ?? "").replaceAll("*/", "*\\/").replace(/\s+/g, " ").trim());
hbs.registerHelper("eq", (a: unknown, b: unknown) => a === b);
hbs.registerHelper("yesNo", (value: unknown) => (value ? "yes" : "no"));

function registerPartials(): void {
  for (const partial of ["operation"]) {
    hbs.registerPartial(partial, readFileSync(path.join(templatesDir, `partials/${partial}.hbs`), "utf8"));
  }
}
registerPartials();

const cache = new Map<string, Handlebars.TemplateDelegate>();

/** Forget compiled templates and partials, so the next render reads the files again (watch mode). */
export function clearTemplateCache(): void {
  cache.clear();
  registerPartials();
}

export function render(template: string, view: unknown): string {
  let compiled = cache.get(template);
  if (!compiled) {
    compiled = hbs.compile(readFileSync(path.join(templatesDir, template), "utf8"), { noEscape: true, strict: true });
    cache.set(template, compiled);
  }
  return compiled(view);
}
