import type { Element, Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

/* Reading HTML trees as the tests do: find elements, read their text and attributes. Shared by the
   build-output tests (on dist/) and the browser tests (on what the content pipeline rendered). */

/** Collapses runs of white space (including no-break spaces) to one space, as a reader sees text. */
export function normalizeSpace(text: string): string {
	return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** All elements under `node` (itself included) that pass `test`, in document order. */
export function elements(node: Nodes, test: (element: Element) => boolean): Element[] {
	const found: Element[] = [];
	visit(node, 'element', (element: Element) => {
		if (test(element)) found.push(element);
	});
	return found;
}

/** The first element that passes `test`, or a clear failure naming `what`. */
export function element(node: Nodes, what: string, test: (element: Element) => boolean): Element {
	const found = elements(node, test)[0];
	if (!found) throw new Error(`no ${what} in the page`);
	return found;
}

/** Tests for `elements()`: by tag, class, id and attribute. */
export const is = {
	tag: (name: string) => (el: Element) => el.tagName === name,
	id: (id: string) => (el: Element) => el.properties['id'] === id,
	class: (name: string) => (el: Element) => classesOf(el).includes(name),
	attr: (name: string) => (el: Element) => el.properties[name] !== undefined && el.properties[name] !== false,
};

export function classesOf(el: Element): string[] {
	const value = el.properties['className'];
	return Array.isArray(value) ? value.map(String) : [];
}

/** The text of a node as a reader sees it, white space normalised. */
export function textOf(node: Nodes): string {
	return normalizeSpace(toText(node));
}

/**
 * The text of a node without the elements that pass `skip` (and all inside them): for the words of
 * a document without the editorial layer around them, such as notes in <aside> and permalinks.
 */
export function textWithout(node: Element | Root, skip: (element: Element) => boolean): string {
	const prune = <T extends Element | Root>(parent: T): T => ({
		...parent,
		children: parent.children
			.filter((child) => child.type !== 'element' || !skip(child))
			.map((child) => (child.type === 'element' ? prune(child) : child)),
	});
	return textOf(prune(node));
}

/** An attribute as a string ('' when absent). */
export function attr(el: Element, name: string): string {
	const value = el.properties[name];
	return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value);
}
