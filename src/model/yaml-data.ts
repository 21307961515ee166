/**
 * Checks the data a YAML parser handed back before anything else reads it. YAML anchors
 * (`&a`) and aliases (`*a`) can make a value that contains itself (`coproduction: &a [*a]`),
 * which never ends when read, or a "billion laughs": a few lines whose values, written out,
 * would fill the memory, because each alias repeats everything before it. A parser that
 * shares repeated values (as Obsidian's may) hands back something small that every reader
 * after it (validation, copy detection, printing) would still walk in full. Both hosts call
 * this; it walks each distinct object once.
 */
import { YAML_PROBLEMS, type YamlResult } from './frontmatter';

/**
 * How many values written out a properties block may hold beyond those written in it. The
 * `yaml` package refuses a document whose aliases expand too far; this is the same guard for
 * any parser.
 */
export const MAX_REPEATED_VALUES = 10_000;

export type YamlDataFault = 'contains-itself' | 'too-many-repeats';

/**
 * What is wrong with parsed properties, or undefined when nothing is: an object or array that
 * contains itself at any depth, or shared values that, written out, would hold more than
 * MAX_REPEATED_VALUES values beyond the distinct ones. Linear in the number of distinct
 * objects; an explicit stack, so deep nesting cannot overflow the call stack.
 */
export function yamlDataFault(data: unknown): YamlDataFault | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  /** Values each finished object holds when written out, itself included. */
  const size = new Map<object, number>();
  const onPath = new Set<object>();
  const stack: { node: object; children: Iterator<unknown>; total: number }[] = [];
  /** Values as written in the block, and as they would be written out with every alias expanded. */
  let written = 0;
  let expanded = 0;
  const enter = (node: object) => {
    onPath.add(node);
    written++;
    expanded++;
    stack.push({ node, children: childrenOf(node), total: 1 });
  };
  enter(data);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = top.children.next();
    if (next.done) {
      stack.pop();
      onPath.delete(top.node);
      size.set(top.node, top.total);
      const parent = stack[stack.length - 1];
      if (parent) parent.total += top.total;
      continue;
    }
    const child = next.value;
    if (child === null || typeof child !== 'object') {
      written++;
      expanded++;
      top.total++;
      continue;
    }
    const known = size.get(child);
    if (known !== undefined) {
      // A value met again: written once, read once more in full. Checked as it grows, so a
      // billion laughs is refused long before its size matters.
      expanded += known;
      top.total += known;
      if (expanded - written > MAX_REPEATED_VALUES) return 'too-many-repeats';
      continue;
    }
    if (onPath.has(child)) return 'contains-itself';
    enter(child);
  }
  return undefined;
}

/** True when an object or array in `data` contains itself at any depth. */
export function containsItself(data: unknown): boolean {
  return yamlDataFault(data) === 'contains-itself';
}

function childrenOf(node: object): Iterator<unknown> {
  if (Array.isArray(node)) return (node as unknown[])[Symbol.iterator]();
  if (node instanceof Map) return node.values();
  if (node instanceof Set) return node.values();
  if (ArrayBuffer.isView(node)) return [][Symbol.iterator]();
  return Object.values(node)[Symbol.iterator]();
}

/** `data` as a successful reading, or the plain-words problem when it cannot be read safely. */
export function checkedYamlData(data: unknown): YamlResult {
  const fault = yamlDataFault(data);
  if (fault === 'contains-itself') return { ok: false, message: YAML_PROBLEMS.selfReference };
  if (fault === 'too-many-repeats') return { ok: false, message: YAML_PROBLEMS.tooManyRepeats };
  return { ok: true, data };
}
