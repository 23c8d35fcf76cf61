// Limits the product enforces (DESIGN.md). Every form, every resolver and the HTTP host read them from here.

export const CUSTOM_IMAGE_QUOTA_PER_REGION = 10;
export const SHARE_RECIPIENTS_MAX = 50;
export const IMAGE_NAME_MIN = 1;
export const IMAGE_NAME_MAX = 60;
export const IMAGE_DESCRIPTION_MAX = 256;
/** An image family's name (ImageFamily): the SDK's models give no length; the console's forms and the mock hold it to this. */
export const IMAGE_FAMILY_MAX = 60;
export const DESCRIBE_LIMIT_MAX = 100;
export const DESCRIBE_LIMIT_DEFAULT = 20;
export const FILTERS_MAX = 10;
export const FILTER_VALUES_MAX = 5;
export const FILTER_VALUE_MAX_LENGTH = 256;
/** At most this many IDs in one batch request (DescribeImages ImageIds, DeleteImages, share AccountIds). */
export const BATCH_IDS_MAX = 100;
export const INSTANCE_NAME_MAX = 60;
export const RUN_INSTANCES_COUNT_MAX = 100;
/**
 * Instances an account may hold in one availability zone: Tencent Cloud's documented purchase limit
 * for pay-as-you-go instances ("each user in each availability zone is 30"). There is no way to
 * terminate an instance here, so only Reset demo data frees it.
 */
export const INSTANCE_QUOTA_PER_ZONE = 30;
export const SYSTEM_DISK_MIN_GB = 20;
export const SYSTEM_DISK_MAX_GB = 1024;
export const SYSTEM_DISK_DEFAULT_GB = 50;
/** TagSpecification entries in one CreateImage, ImportImage or RunInstances request. */
export const TAG_SPECIFICATIONS_MAX = 10;

// The shape of any request, checked by the HTTP host before an action's schema reads it, so that
// no request makes the parser build or walk more than a small, fixed amount of data
// (tests/api/request-bounds.test.ts holds them against every request schema).
/** The largest request body a host reads. */
export const REQUEST_BODY_MAX_BYTES = 1024 * 1024;
/** The longest array any request parameter accepts (ImageIds, InstanceIds, AccountIds). */
export const REQUEST_ARRAY_MAX = BATCH_IDS_MAX;
/** Objects and arrays nested in one request, the body counting as one: the deepest valid one has 5 (TagSpecification.N.Tags.N). */
export const REQUEST_DEPTH_MAX = 8;
/** Values (objects, arrays, strings, numbers...) in one request: about 1,600 in the largest valid one. */
export const REQUEST_VALUES_MAX = 5_000;
/** Characters in one parameter name: a JSON key, or a dotted query-string key such as `Filters.0.Values.1`. */
export const PARAMETER_NAME_MAX = 128;
