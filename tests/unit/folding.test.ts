import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/search/folding.ts';

describe('foldForSearch', () => {
	it('spells out ł, which Unicode NFD does not decompose, and leaves foldable names alone', () => {
		expect(foldForSearch('Zdzisław Krasnodębski')).toEqual(['zdzislaw']);
	});

	it('folds the other accents of a word it spells out', () => {
		expect(foldForSearch('Bolesław G. Piecha')).toEqual(['boleslaw']);
		expect(foldForSearch('Łódź')).toEqual(['lodz']);
	});

	it('needs nothing for names whose marks NFD decomposes', () => {
		expect(foldForSearch('Jadwiga Wiśniewska, Stanisław Ożóg, Anna Elżbieta Fotyga, Marek Józef Gróbarczyk')).toEqual(['stanislaw']);
		expect(foldForSearch('Wiśniewska Ożóg Elżbieta Gróbarczyk Krasnodębski')).toEqual([]);
	});

	it('needs nothing for plain ASCII text', () => {
		expect(foldForSearch('Maksat Dosmagambetov, Zhanaozen, 2011')).toEqual([]);
		expect(foldForSearch('')).toEqual([]);
	});

	it('returns each spelling once, in order of first appearance, in ASCII lower case', () => {
		const variants = foldForSearch('Kazimierz Michał Ujazdowski; Zdzisław; MICHAŁ; Bolesław; Zdzisław');
		expect(variants).toEqual(['michal', 'zdzislaw', 'boleslaw']);
		for (const variant of variants) expect(variant).toMatch(/^[a-z]+$/);
	});

	it('spells Cyrillic words in ASCII, Kazakh letters included', () => {
		expect(foldForSearch('Жаңаөзен, Досмагамбетов')).toEqual(['zhangaozen', 'dosmagambetov']);
	});

	it('handles other undecomposable Latin letters', () => {
		expect(foldForSearch('Søren Straße')).toEqual(['soren', 'strasse']);
	});
});
