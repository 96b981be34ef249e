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
export {
  compareArticleNumbers,
  describeRenumbering,
  isArticleNumber,
  LATIN_ORDINALS,
  nextWholeNumber,
  normalizeArticleNumber,
  numberForInsertion,
  renumbering,
  type Renumbered,
} from './article-number.js';
export {
  carryReferences,
  findArticleMentions,
  recognizeReferences,
  type ArticleMention,
  type SpanReference,
} from './cross-references.js';
export {
  diffAccord,
  type ArticleAtMoment,
  type ArticleChange,
  type ArticleChangeKind,
} from './accord-diff.js';
