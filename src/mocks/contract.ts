// Which contract the backend answers: the console's, with the extensions README documents, or
// (the standalone mock's MOCK_API_STRICT=1) the real CVM contract only. The backend reads this one
// switch; the extensions themselves are named in src/rules/extensions.ts.
import type { Action } from '../rules/actions.ts';
import { quote } from '../rules/text.ts';
import { violation, type Violation } from '../rules/violation.ts';
import { API_VERSION } from '../rules/protocol.ts';
import {
  actionExtensions,
  documentedImageFilters,
  documentedImageTypes,
  fieldExtensions,
  imageFilterExtensions,
  parameterExtensions,
} from '../rules/extensions.ts';
import { imageTypeSchema, type ImageType } from '../rules/images.ts';

export type ContractName = 'extended' | 'strict';

export interface ApiContract {
  /** An extension the request uses, refused as the real API refuses what it does not know. */
  refusal(action: Action, input: Record<string, unknown>): Violation | undefined;
  /** An action's answer (without its RequestId) as the contract has it. */
  present(action: Action, answer: Record<string, unknown>): Record<string, unknown>;
  /** An answer's `Error` as the contract has it. */
  presentError(error: Record<string, unknown>): Record<string, unknown>;
  /** The image types DescribeImages lists. */
  listedTypes: readonly ImageType[];
}

const extended: ApiContract = {
  refusal: () => undefined,
  present: (_action, answer) => answer,
  presentError: (error) => error,
  listedTypes: imageTypeSchema.options,
};

type Fields = Record<string, unknown>;

function without(fields: readonly string[]) {
  return (object: Fields): Fields => {
    const out = { ...object };
    for (const field of fields) delete out[field];
    return out;
  };
}

function eachOf(list: string, fields: readonly string[]) {
  const strip = without(fields);
  return (answer: Fields): Fields => ({ ...answer, [list]: (answer[list] as Fields[]).map(strip) });
}

/** Where each answer holds a model that the mock extends (the model names are the SDK's). */
const strictAnswers: { readonly [A in Action]?: (answer: Fields) => Fields } = {
  DescribeImages: eachOf('ImageSet', fieldExtensions.Image),
  DescribeImageFromFamily: (answer) => ({
    ...answer,
    Image: answer.Image === null ? null : without(fieldExtensions.Image)(answer.Image as Fields),
  }),
  DescribeInstances: eachOf('InstanceSet', fieldExtensions.Instance),
  DescribeInstanceTypeConfigs: eachOf('InstanceTypeConfigSet', fieldExtensions.InstanceTypeConfig),
  InquiryPriceRunInstances: (answer) => ({ ...answer, Price: without(fieldExtensions.Price)(answer.Price as Fields) }),
};

const strict: ApiContract = {
  refusal(action, input) {
    if (actionExtensions.includes(action))
      return violation('InvalidAction', 'api.noSuchAction', {
        action: quote(action),
        service: 'cvm',
        version: API_VERSION,
      });
    for (const name of parameterExtensions[action] ?? [])
      if (Object.hasOwn(input, name)) return violation('UnknownParameter', 'param.unknown', { name }, name);
    if (action !== 'DescribeImages' || !Array.isArray(input.Filters)) return undefined;
    const index = input.Filters.findIndex((f: unknown) =>
      (imageFilterExtensions as readonly unknown[]).includes((f as { Name?: unknown } | null)?.Name),
    );
    if (index === -1) return undefined;
    const name = quote((input.Filters[index] as { Name: string }).Name);
    return violation(
      'InvalidFilter',
      'filters.unknown',
      { name, supported: documentedImageFilters },
      `Filters.${index}.Name`,
    );
  },
  present: (action, answer) => strictAnswers[action]?.(answer) ?? answer,
  presentError: without(fieldExtensions.Error),
  listedTypes: documentedImageTypes,
};

export const contracts: Record<ContractName, ApiContract> = { extended, strict };
