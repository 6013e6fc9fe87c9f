// Public surface of claim anchoring: describe a selection, re-attach it after an edit.

export { CONTEXT_LENGTH, anchorsEqual, describeSpan } from './describe-span';
export type { DescribeResult, SpanProblem, TextAnchor } from './describe-span';
export { reanchor, reanchorAll } from './reanchor';
export type { LostReason, ReanchorResult } from './reanchor';
export { findSingleEdit, mapOffset } from './single-edit';
export type { SingleEdit } from './single-edit';
