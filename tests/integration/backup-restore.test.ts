import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase, tableFingerprints } from "../../scripts/db/backup-restore";
import { createFreshDatabase } from "../support/fresh-database";

// Issue #7 §7: backup drill — back up the seeded database, restore it into a fresh
// one, compare every table's row count and checksum.
describe("backup and restore drill", () => {
  it("restores an identical copy of every table", async () => {
    const source = inject("ownerDatabaseUrl");
    const dir = mkdtempSync(path.join(tmpdir(), "bcd-backup-"));
    const file = path.join(dir, "drill.dump");
    const target = await createFreshDatabase("bcd_restore");
    try {
      await backupDatabase(source, file);
      await restoreDatabase(target.url, file);
      const [before, after] = await Promise.all([tableFingerprints(source), tableFingerprints(target.url)]);
      expect(Object.keys(after).length).toBeGreaterThan(10);
      expect(after).toEqual(before);
      const rows = Object.values(after).reduce((n, t) => n + t.rows, 0);
      console.log(`backup drill: ${Object.keys(after).length} tables, ${rows} rows verified`);
      // A second restore into the now non-empty database is refused and changes nothing.
      await expect(restoreDatabase(target.url, file)).rejects.toThrow(/không trống/);
      expect(await tableFingerprints(target.url)).toEqual(after);
    } finally {
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
