// `npm run bench`: every benchmark in turn. Each compares against the obvious alternative in the
// same run and prints the ratio. Loads target loopback only and are bounded in count and time.
import { execFileSync } from "node:child_process";
import path from "node:path";

const benches = ["typecheck.ts", "client.ts", "bundle.ts", "mock.ts"];
for (const bench of benches) {
  console.log(`\n=== ${bench} ===`);
  execFileSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, bench)], { stdio: "inherit" });
}
