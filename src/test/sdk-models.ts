// The official SDK's models (tencentcloud-sdk-nodejs-cvm's cvm_models.d.ts) as data: which fields
// each model declares and of which type, to hold an answer to "the real contract" field by field.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Model name → field name → the field's declared type (`string`, `Array<Image>`, `Placement`...). */
export type Models = Map<string, Map<string, string>>;

function readModels(): Models {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('tencentcloud-sdk-nodejs-cvm/package.json'));
  const text = readFileSync(join(root, 'tencentcloud/services/cvm/v20170312/cvm_models.d.ts'), 'utf8');
  const models: Models = new Map();
  for (const [, name, body] of text.matchAll(/^export interface (\w+) \{\n([\s\S]*?)\n\}/gm)) {
    const fields = new Map<string, string>();
    for (const [, field, type] of body!.matchAll(/^ {4}(\w+)\??: (.+);$/gm)) fields.set(field!, type!);
    models.set(name!, fields);
  }
  return models;
}

export const cvmModels: Models = readModels();

/**
 * The paths in `value` that the model `type` does not declare (`ImageSet.0.MarketInfo`), walking
 * into the nested models the SDK declares. Values of primitive types are not looked into.
 */
export function undeclaredFields(value: unknown, type: string, models: Models = cvmModels, path = ''): string[] {
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (!Array.isArray(value)) return [];
    return value.flatMap((item, i) => undeclaredFields(item, array[1]!, models, `${path}${path ? '.' : ''}${i}`));
  }
  const model = models.get(type);
  if (!model || value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([field, inner]) => {
    const at = `${path}${path ? '.' : ''}${field}`;
    const declared = model.get(field);
    return declared === undefined ? [at] : undeclaredFields(inner, declared, models, at);
  });
}
