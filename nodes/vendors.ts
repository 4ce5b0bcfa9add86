/**
 * The vendors of the package, in the order the README presents them: the one list that the documentation,
 * the package.json check and the tests read. A new vendor is one line here plus its own folder.
 */
import { baijiayun } from './Baijiayun/vendor';
import { gensee } from './Gensee/vendor';
import { haoYi } from './HaoYi/vendor';
import { hongTu } from './HongTu/vendor';
import type { Vendor } from './shared/vendor';
import { smartClassroom } from './SmartClassroom/vendor';

export const VENDORS: Vendor[] = [hongTu, smartClassroom, gensee, haoYi, baijiayun];
