// npm run schema:emit — rewrites schema/schema.graphql from the code.
import { emitSchemaFile, SCHEMA_FILE } from './schema.js';

await emitSchemaFile();
console.log(`wrote ${SCHEMA_FILE}`);
