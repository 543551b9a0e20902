// Builds one self-contained HTML API reference (Redoc) from a bundled spec: the Redoc standalone
// bundle and the spec are both inlined, so the file works offline, from file://, as an attachment.
// Rendered from templates/reference.html.hbs; the output depends only on the inputs (deterministic).
import { render } from "./emit/render.js";

export interface ReferenceOptions {
  /** The page's <title>. */
  title: string;
  /** The bundled OpenAPI document (generated/<provider>/openapi.json), passed to Redoc as an object. */
  spec: object;
  /** The text of redoc/bundles/redoc.standalone.js. */
  redocScript: string;
}

/**
 * Redoc's options. Nothing is fetched: the spec is passed as an object (no `specUrl`), and the page's
 * Content-Security-Policy blocks the one remote resource Redoc would load (its sidebar logo).
 */
export const redocOptions = {
  hideDownloadButton: true,
  expandResponses: "200,201,202",
  pathInMiddlePanel: true,
  disableSearch: false,
} as const;

export function buildReferenceHtml(options: ReferenceOptions): string {
  return render("reference.html.hbs", {
    title: escapeHtml(options.title),
    specJson: jsonForScript(options.spec),
    optionsJson: jsonForScript(redocOptions),
    redocScript: inlineScript(options.redocScript),
  });
}

/** JSON that can sit inside a <script> element: no `<`, so no `</script>` or `<!--` can end or confuse it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replaceAll("<", "\\u003c");
}

export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/**
 * A script's text made safe to inline: the source-map comment is dropped (the map is not shipped),
 * and it is checked against the HTML tokenizer's script-data states, so that the browser ends the
 * element exactly at our closing tag. Throws when the text would end it early or swallow it.
 */
export function inlineScript(text: string): string {
  const script = text.replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, "\n");
  // States of https://html.spec.whatwg.org/#script-data-state, reduced to the three that matter.
  let state: "data" | "escaped" | "double-escaped" = "data";
  const token = /<!--(-*>)?|-->|<(\/?)script(?=[\s/>])/gi;
  for (const match of script.matchAll(token)) {
    const [found, closedAtOnce, slash] = match;
    if (found.startsWith("<!--")) {
      // `<!-->` and `<!--->` open and close at once; inside an escape, `<!--` changes nothing.
      if (closedAtOnce) state = "data";
      else if (state === "data") state = "escaped";
    } else if (found === "-->") {
      state = "data";
    } else if (slash) {
      if (state !== "double-escaped") throw new Error(`Cannot inline the script: it contains "${found}" at offset ${match.index}.`);
      state = "escaped";
    } else if (state === "escaped") {
      state = "double-escaped";
    }
  }
  if (state === "double-escaped") {
    throw new Error("Cannot inline the script: an unclosed `<!--` followed by `<script` would swallow the closing tag.");
  }
  return script;
}
