import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printContract, SCHEMA_FILE } from '../schema-file';

printContract().then((sdl) => {
  writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${SCHEMA_FILE}`);
});
