// The Firefox suite again on the MV3 build, whose event page suspends when idle.
process.env.FF_TARGET = 'firefox-mv3';
await import('./firefox.e2e.test.mjs');
