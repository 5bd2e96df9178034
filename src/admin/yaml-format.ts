/** Writes a scheme as YAML in the style of `schemes/`: flow style for short lists, criteria and profiles; dates quoted. */
import { Document, isPair, isScalar, visit } from 'yaml';
import type { Scheme } from '../core/scheme.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Maps written on one line: a criterion, and an example's profile. */
const FLOW_MAP_KEYS = new Set(['profile']);

function keyOf(path: readonly unknown[]): unknown {
  const parent = path.at(-1);
  return isPair(parent) && isScalar(parent.key) ? parent.key.value : undefined;
}

/** Deterministic: the same document always gives the same bytes, so exports can be compared and diffed. */
export function schemeToYaml(scheme: Scheme): string {
  const document = new Document(scheme);
  visit(document, {
    Seq(_key, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Map(_key, node, path) {
      const isCriterion = node.has('field') && node.has('op');
      if (isCriterion || FLOW_MAP_KEYS.has(keyOf(path) as string)) node.flow = true;
    },
    Scalar(_key, node) {
      if (typeof node.value === 'string' && DATE.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The path of a scheme's file in an export, as in the repository: `schemes/<audience>/<id>.yaml`. */
export function schemeFilePath(scheme: Pick<Scheme, 'audience' | 'id'>): string {
  return `schemes/${scheme.audience}/${scheme.id}.yaml`;
}

