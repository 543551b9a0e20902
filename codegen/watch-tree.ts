// Watches every folder of a tree, one non-recursive watcher per folder. Folder watchers see every
// way an editor saves a file: written in place, written to a temporary file and renamed over the
// original (`sed -i`, safe-write editors), or deleted and created again. Watching files, or
// Node's recursive mode on Linux (which watches each file's inode), goes deaf to a file after its
// first rename-style save, because the inode watched is the one that was replaced.
import { existsSync, type FSWatcher, readdirSync, statSync, watch } from "node:fs";
import path from "node:path";

/** Calls `onChange` with the changed path relative to `root` (e.g. "vonage/10dlc.yaml"). Returns a stop function. */
export function watchTree(root: string, onChange: (relative: string) => void): () => void {
  // Per folder: its watcher and the inode it watches (a folder deleted and created again under
  // the same name is a new inode, and needs a new watcher).
  const watchers = new Map<string, { watcher: FSWatcher; inode: number }>();

  const watchFolder = (dir: string) => {
    const inode = inodeOf(dir);
    if (inode === undefined) return;
    const current = watchers.get(dir);
    if (current?.inode === inode) return;
    if (current) forget(dir);
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => changed(dir, name?.toString()));
    } catch {
      return; // gone already
    }
    // A watched folder that is deleted ends its watcher with an error; forget it.
    watcher.on("error", () => forget(dir));
    watchers.set(dir, { watcher, inode });
    for (const entry of safeList(dir)) if (entry.isDirectory() && !entry.name.startsWith(".")) watchFolder(path.join(dir, entry.name));
  };

  const forget = (dir: string) => {
    watchers.get(dir)?.watcher.close();
    watchers.delete(dir);
  };

  const changed = (dir: string, name: string | undefined) => {
    if (!name) return;
    const full = path.join(dir, name);
    // A folder created (or moved in) after start: watch it and what is inside it.
    if (isDirectory(full)) watchFolder(full);
    else if (!existsSync(full) && watchers.has(full)) forget(full);
    onChange(path.relative(root, full));
  };

  watchFolder(root);
  return () => {
    for (const dir of [...watchers.keys()]) forget(dir);
  };
}

function safeList(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function inodeOf(dir: string): number | undefined {
  try {
    const stats = statSync(dir);
    return stats.isDirectory() ? stats.ino : undefined;
  } catch {
    return undefined;
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
