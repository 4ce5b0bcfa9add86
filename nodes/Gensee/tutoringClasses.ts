/**
 * A new dual-teacher classroom's tutoring classes (5.44): Class Count says how many there are (the site's default
 * is 1) and Tutoring Classes names them ("默认：1班，2班，3班…"). Names beyond the count make no class, so an empty
 * Class Count is the number of names given. Modify (5.45) is left as sent: the document does not say what a
 * changed count does to existing classes.
 */
import type { Prepare } from '../shared/engine/definitions';

export const classCountFromNames: Prepare = (_ctx, values) => {
	const names = values.slaveClazzList;
	if (values.classCount !== undefined || !Array.isArray(names) || !names.length) return values;
	return { ...values, classCount: names.length };
};
