import base from '../vitest.config';

/** `npm run fixtures:db`: runs only the fixture writer, with the unit tests' plugins and setup. */
export default { ...base, test: { ...base.test, include: ['scripts/write-db-fixture.task.ts'] } };
