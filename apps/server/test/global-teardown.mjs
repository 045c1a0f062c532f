export default async function globalTeardown() {
  await globalThis.__OPSHUB_PG__?.stop();
}
