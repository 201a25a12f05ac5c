// Writes packages/core/survey.schema.json from the zod definition (the one source of the schema).
import { writeFileSync } from 'node:fs';
import { surveyJsonSchema } from '../packages/core/src/schema/survey-json-schema.ts';

writeFileSync(
  new URL('../packages/core/survey.schema.json', import.meta.url),
  `${JSON.stringify(surveyJsonSchema(), null, 2)}\n`,
);
console.log('wrote packages/core/survey.schema.json');
