// Formats emitted code with Prettier using fixed options (never a user's config file), so the
// output is byte-identical on every machine. Markdown is left as the templates write it:
// Prettier pads every table column to its widest cell, which makes enum-heavy tables unreadable.
import { format } from "prettier";

const parsers: Record<string, string> = { ".ts": "typescript", ".json": "json" };

export async function formatFile(file: string, content: string): Promise<string> {
  const extension = file.slice(file.lastIndexOf("."));
  const parser = parsers[extension];
  if (!parser) return content;
  return format(content, { parser, printWidth: 110, endOfLine: "lf" });
}
