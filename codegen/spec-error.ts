// The one error type the pipeline raises for bad input. It always names the file, the place
// in it and the problem, so the CLI can print it and exit without touching generated/.
import path from "node:path";

export interface SpecProblem {
  /** Path of the offending file, relative to the working directory when possible. */
  file: string;
  line?: number;
  column?: number;
  /** Rule or stage that found it, e.g. "no-unresolved-refs" or "toolkit/sdk-name". */
  rule: string;
  message: string;
  /** The source line, to show where exactly. */
  excerpt?: string;
}

export class SpecError extends Error {
  override readonly name = "SpecError";
  constructor(readonly problems: SpecProblem[]) {
    super(problems.map(formatProblem).join("\n"));
  }
}

export function formatProblem(problem: SpecProblem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(":");
  const head = `${where}: error [${problem.rule}] ${problem.message}`;
  return problem.excerpt ? `${head}\n    ${problem.line} | ${problem.excerpt.trim()}` : head;
}

export function relativeFile(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}
