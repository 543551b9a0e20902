// Headless Chromium for browser tests, chosen as the HTML reference test chooses it:
// CHROMIUM_PATH when set, else a `chromium` on PATH, else the binary inside the
// @sparticuz/chromium package (unpacked to the temp directory on first use), driven by
// playwright-core.
import { accessSync, constants } from "node:fs";
import path from "node:path";
import packagedChromium from "@sparticuz/chromium";
import { chromium as playwright, type Browser } from "playwright-core";

function chromiumOnPath(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, "chromium");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

async function chooseBrowser(): Promise<{ executablePath: string; args: string[]; origin: string }> {
  // A system browser started as root (containers, CI) refuses to run sandboxed.
  const systemArgs = ["--no-sandbox", "--disable-gpu"];
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, args: systemArgs, origin: `CHROMIUM_PATH=${fromEnv}` };
  const onPath = chromiumOnPath();
  if (onPath) return { executablePath: onPath, args: systemArgs, origin: `${onPath} (on PATH)` };
  const executablePath = await packagedChromium.executablePath();
  return { executablePath, args: packagedChromium.args, origin: `${executablePath} (from @sparticuz/chromium)` };
}

export async function launchChromium(): Promise<Browser> {
  const choice = await chooseBrowser();
  try {
    return await playwright.launch({ executablePath: choice.executablePath, args: choice.args, headless: true, timeout: 60_000 });
  } catch (error) {
    throw new Error(`Headless Chromium did not start: ${choice.origin}\n${(error as Error).message.slice(0, 4000)}`);
  }
}
