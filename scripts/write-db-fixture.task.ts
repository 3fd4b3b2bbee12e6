/**
 * Writes tests/fixtures/db/v<N>.json for the latest schema version N, from the real migration and
 * write code (see tests/unit/helpers/db-fixture.ts). Run `npm run fixtures:db` once, when a new
 * migration is added, and check the file in. Old versions' fixtures are never regenerated: they are
 * what those releases left on users' disks. It refuses to overwrite an existing fixture.
 */
process.env.TZ = 'Europe/Amsterdam';

import { existsSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { fixturePath, generateFixture } from '../tests/unit/helpers/db-fixture';

it('writes the latest schema version’s database fixture', async () => {
  const fixture = await generateFixture();
  const path = fixturePath(fixture.version);
  if (existsSync(path)) throw new Error(`${path} exists; old fixtures are never regenerated`);
  writeFileSync(path, `${JSON.stringify(fixture, null, 1)}\n`);
  console.log(`wrote ${path}`);
});
