export { tokenize } from './tokenize.js';
export { diffWords, type DiffOp, type DiffPart } from './word-diff.js';
export {
  mergeThreeWay,
  type MergeConflict,
  type MergeResult,
  type TextRange,
} from './three-way-merge.js';
export {
  advanceAttribution,
  attribute,
  sameVersion,
  startAttribution,
  type AttributedSpan,
  type AttributionOptions,
  type TextVersion,
} from './attribution.js';
