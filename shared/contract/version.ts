/** Bumped whenever a report field changes meaning or disappears. Additions keep the version. */
export const REPORT_SCHEMA_VERSION = 1;
