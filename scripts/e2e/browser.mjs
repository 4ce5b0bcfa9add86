// The editor in a real browser: Debian's chromium driven by playwright-core, headless, fresh profile.
// Signs in, finds a vendor node in the node panel (its actions render), opens a vendor node of an example
// and checks that its Resource and Operation lists render, and keeps a screenshot for the README.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { OWNER, ROOT, log } from '../playground/lib.mjs';

const PLAYWRIGHT_VERSION = '1.65.1';
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** playwright-core from the project (devDependency), else installed once into .cache/tools. */
function loadPlaywright() {
	for (const base of [path.join(ROOT, 'package.json'), path.join(ROOT, '.cache', 'tools', 'package.json')]) {
		try {
			return createRequire(base)('playwright-core');
		} catch {
			/* try the next */
		}
	}
	const tools = path.join(ROOT, '.cache', 'tools');
	fs.mkdirSync(tools, { recursive: true });
	if (!fs.existsSync(path.join(tools, 'package.json'))) fs.writeFileSync(path.join(tools, 'package.json'), '{"name":"e2e-tools","private":true}');
	log(`installing playwright-core@${PLAYWRIGHT_VERSION} into .cache/tools`);
	const r = spawnSync('npm', ['install', `playwright-core@${PLAYWRIGHT_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: tools, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`npm install playwright-core failed: ${r.stderr}`);
	return createRequire(path.join(tools, 'package.json'))('playwright-core');
}

/** Runs `steps` in a signed-in headless Chromium; a failure names its step and leaves a screenshot in `debugDir`. */
async function inEditor({ baseUrl, debugDir }, steps) {
	const { chromium } = loadPlaywright();
	fs.rmSync(debugDir, { recursive: true, force: true });
	fs.mkdirSync(debugDir, { recursive: true });
	const context = await chromium.launchPersistentContext(path.join(debugDir, 'profile'), {
		executablePath: CHROMIUM,
		headless: true,
		args: FLAGS,
		viewport: { width: 1440, height: 900 },
	});
	const page = context.pages()[0] ?? (await context.newPage());
	page.setDefaultTimeout(30000);
	const at = { step: 'sign in' };
	try {
		await page.goto(`${baseUrl}/signin`);
		await page.locator('input[type="email"], input[name="emailOrLdapLoginId"], input[name="email"]').first().fill(OWNER.email);
		await page.locator('input[type="password"]').first().fill(OWNER.password);
		await page.getByRole('button', { name: /sign in/i }).click();
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 60000 });
		return await steps(page, at);
	} catch (error) {
		await page.screenshot({ path: path.join(debugDir, 'failure.png') }).catch(() => undefined);
		throw new Error(`${at.step}: ${error.message.split('\n')[0]} (screenshot ${path.relative(ROOT, path.join(debugDir, 'failure.png'))})`);
	} finally {
		await context.close();
	}
}

/**
 * The Columns field of a wide write in the editor: the roster example's Batch Add node shows the resource
 * mapper with its mapping mode, and the fields the node's getColumns lists.
 */
export async function columnsCheck({ baseUrl, workDir, screenshot, workflowId, nodeName = 'Batch Add Persons' }) {
	return await inEditor({ baseUrl, debugDir: path.join(workDir, 'browser-columns') }, async (page, at) => {
		at.step = 'open the roster example';
		await page.goto(`${baseUrl}/workflow/${workflowId}`);
		await page.getByText(nodeName, { exact: true }).first().waitFor();
		await dismissPopups(page);
		at.step = 'node details: Columns';
		await page.locator('[data-test-id="canvas-node"]').filter({ hasText: nodeName }).first().dblclick();
		const mode = page.locator('[data-test-id="mapping-mode-select"]').first();
		await mode.waitFor();
		const modeText = await mode.locator('input').first().inputValue();
		if (!/automatically/i.test(modeText)) throw new Error(`the mapping mode reads "${modeText}"`);
		await page.waitForTimeout(1500);
		fs.mkdirSync(path.dirname(screenshot), { recursive: true });
		await page.screenshot({ path: screenshot });

		at.step = 'Columns: map each column below';
		await mode.locator('input').first().click();
		await page.locator('.el-select-dropdown__item:visible, [role="option"]:visible').filter({ hasText: /manually|below/i }).first().click();
		// the fields come from the node's getColumns: the document's person fields, by label
		for (const label of ['Name', 'Card Number', 'Entry Time']) await page.locator('[data-test-id="ndv"], body').getByText(label, { exact: true }).first().waitFor();
		await page.waitForTimeout(1000);
		const below = screenshot.replace(/\.png$/, '-below.png');
		await page.screenshot({ path: below });
		return `${nodeName} shows Columns (${modeText}, and each field listed when mapped below); screenshots ${path.relative(ROOT, screenshot)}, ${path.relative(ROOT, below)}`;
	});
}

/**
 * Fields in the operator's language: HongTu › Attendance › Add Adjustment shows its coded field as a dropdown and
 * its employee as a picker listing the box's persons (From List), as the editor renders them.
 */
export async function fieldsCheck({ baseUrl, workDir, screenshot, workflowId, nodeName = 'Add Adjustment' }) {
	return await inEditor({ baseUrl, debugDir: path.join(workDir, 'browser-fields') }, async (page, at) => {
		at.step = 'open the adjustment workflow';
		await page.goto(`${baseUrl}/workflow/${workflowId}`);
		await page.getByText(nodeName, { exact: true }).first().waitFor();
		await dismissPopups(page);
		at.step = 'node details: the coded field is a dropdown';
		await page.locator('[data-test-id="canvas-node"]').filter({ hasText: nodeName }).first().dblclick();
		const adjustType = page.locator('[data-test-id="parameter-input-adjustType"]').first();
		await adjustType.click();
		const kinds = await visibleOptions(page, 'Leave');
		await page.keyboard.press('Escape');
		await page.waitForTimeout(500);
		at.step = 'node details: the employee picker lists the box\'s persons';
		await page.locator('[data-test-id="parameter-input-personUuid"]').getByPlaceholder(/choose/i).first().click();
		const items = page.locator('[data-test-id="rlc-item"]:visible');
		await items.first().waitFor();
		await page.waitForTimeout(1000);
		const persons = (await items.allInnerTexts()).map((text) => text.split('\n')[0].trim()).filter(Boolean);
		fs.mkdirSync(path.dirname(screenshot), { recursive: true });
		await page.screenshot({ path: screenshot });
		if (kinds.length < 2) throw new Error(`Adjust Type offers ${kinds.join(' | ')}`);
		if (!persons.length) throw new Error('the Employee picker lists nobody');
		return `${nodeName}: Adjust Type offers ${kinds.length} kinds (${kinds.slice(0, 3).join(', ')}…); the Employee picker lists ${persons.slice(0, 3).join(', ')}; screenshot ${path.relative(ROOT, screenshot)}`;
	});
}

/**
 * Several IDs picked from lists: HongTu › Pass Rule › Add of node version 2 offers the box's doors and person
 * groups as multi-selects loaded from the box, and its time plan as a picker; two doors, a group and the plan
 * are picked as an operator would, and the workflow saved.
 */
export async function multiPickCheck({ baseUrl, workDir, screenshot, workflowId, nodeName, doors, group, plan }) {
	return await inEditor({ baseUrl, debugDir: path.join(workDir, 'browser-multi') }, async (page, at) => {
		at.step = 'open the pass rule workflow';
		await openNode(page, baseUrl, workflowId, nodeName);
		at.step = 'Doors: pick two from the list';
		const listedDoors = await pickMany(page, 'deviceUuids', doors);
		at.step = 'Groups: pick one from the list';
		const listedGroups = await pickMany(page, 'groupUuids', [group]);
		at.step = 'Time Plan: pick it from the list';
		await page.locator('[data-test-id="parameter-input-scheduleUuid"]').getByPlaceholder(/choose/i).first().click();
		await page.locator('[data-test-id="rlc-item"]:visible').filter({ hasText: plan }).first().click();
		await page.waitForTimeout(800);
		fs.mkdirSync(path.dirname(screenshot), { recursive: true });
		await page.screenshot({ path: screenshot });
		await save(page, at);
		return `${nodeName}: Doors listed ${listedDoors.join(', ')}; Groups listed ${listedGroups.join(', ')}; ${doors.length} doors, a group and a time plan picked; screenshot ${path.relative(ROOT, screenshot)}`;
	});
}

/**
 * IDs inside Columns: Smart Classroom › Timetable › Create of node version 2 maps its columns below, and its
 * Class, Course, Teacher, Classroom and Lesson Period columns are dropdowns of the server's records; each is
 * picked as an operator would, with the weekday, and the workflow saved.
 */
export async function columnPickCheck({ baseUrl, workDir, screenshot, workflowId, nodeName, picks }) {
	return await inEditor({ baseUrl, debugDir: path.join(workDir, 'browser-column-pick') }, async (page, at) => {
		at.step = 'open the timetable workflow';
		await openNode(page, baseUrl, workflowId, nodeName);
		const offered = {};
		for (const [column, choice] of Object.entries(picks)) {
			at.step = `Columns: pick ${column} from the list`;
			offered[column] = await pickOption(page, column, choice);
		}
		fs.mkdirSync(path.dirname(screenshot), { recursive: true });
		await page.screenshot({ path: screenshot });
		await save(page, at);
		return `${nodeName}: ${Object.entries(offered).map(([column, options]) => `${column} offers ${options.join(', ')}`).join('; ')}; each picked; screenshot ${path.relative(ROOT, screenshot)}`;
	});
}

/**
 * The record an update changes picked beside Columns: HongTu › Person › Update of node version 2 shows a
 * Person picker that lists the box's persons above the Columns of the fields to change.
 */
export async function recordPickCheck({ baseUrl, workDir, screenshot, workflowId, nodeName, person, set }) {
	return await inEditor({ baseUrl, debugDir: path.join(workDir, 'browser-record') }, async (page, at) => {
		at.step = 'open the person update workflow';
		await openNode(page, baseUrl, workflowId, nodeName);
		at.step = 'Person: pick from the list';
		const persons = await pickOne(page, 'uuid', person);
		await page.locator('[data-test-id="mapping-mode-select"]').first().waitFor();
		for (const [column, value] of Object.entries(set)) {
			at.step = `Columns: type ${column}`;
			await page.locator(`[data-test-id="parameter-input-${column}"] input`).first().fill(value);
		}
		await page.waitForTimeout(800);
		fs.mkdirSync(path.dirname(screenshot), { recursive: true });
		await page.screenshot({ path: screenshot });
		await save(page, at);
		return `${nodeName}: the Person picker lists ${persons.join(', ')}, above Columns; ${person} picked, ${Object.keys(set).join(', ')} typed; screenshot ${path.relative(ROOT, screenshot)}`;
	});
}

/**
 * A polling trigger's pickers (Smart Classroom Trigger at the version new workflows get): each `picks` entry,
 * parameter → the text of the entry to pick, is picked from its resource locator's list, then the workflow saved.
 */
export async function triggerPickCheck({ baseUrl, workDir, screenshot, workflowId, nodeName, picks }) {
	return await inEditor({ baseUrl, debugDir: path.join(workDir, 'browser-trigger') }, async (page, at) => {
		at.step = 'open the trigger workflow';
		await openNode(page, baseUrl, workflowId, nodeName);
		const listed = [];
		for (const [parameter, choice] of Object.entries(picks)) {
			at.step = `${parameter}: pick ${choice} from the list`;
			listed.push(`${parameter} lists ${(await pickOne(page, parameter, choice)).length}`);
		}
		await page.waitForTimeout(800);
		fs.mkdirSync(path.dirname(screenshot), { recursive: true });
		await page.screenshot({ path: screenshot });
		await save(page, at);
		return `${nodeName}: ${listed.join(', ')}; ${Object.values(picks).join(' and ')} picked; screenshot ${path.relative(ROOT, screenshot)}`;
	});
}

/**
 * Structured values of version 2 beside Columns (HongTu › Attendance › Add Group): the group's name and day span
 * in Columns, the employees one entry each picked with the search, an attendance period typed into its named
 * fields, the working days picked from the list; then saved.
 */
export async function entriesCheck({ baseUrl, workDir, screenshot, workflowId, nodeName, name, daySpan, person, period, days }) {
	return await inEditor({ baseUrl, debugDir: path.join(workDir, 'browser-entries') }, async (page, at) => {
		at.step = 'open the attendance group workflow';
		await openNode(page, baseUrl, workflowId, nodeName);
		at.step = 'Columns: type the name, pick the day span';
		await page.locator('[data-test-id="mapping-mode-select"]').first().waitFor();
		await page.locator('[data-test-id="parameter-input-name"] input').first().fill(name);
		await pickOption(page, 'daySpan', daySpan);
		at.step = 'Employees: add an entry, pick the employee with the search';
		await page.getByRole('button', { name: 'Add Employee' }).first().click();
		const persons = await pickOne(page, 'id', person);
		at.step = 'Attendance Time: add a period, type its times';
		await page.getByRole('button', { name: 'Add Attendance Period' }).first().click();
		for (const [field, value] of Object.entries(period)) await page.locator(`[data-test-id="parameter-input-${field}"] input`).first().fill(value);
		at.step = 'Week Plan: pick the working days';
		await pickMany(page, 'weekPlan', days);
		await page.waitForTimeout(800);
		fs.mkdirSync(path.dirname(screenshot), { recursive: true });
		await page.screenshot({ path: screenshot, fullPage: true });
		await save(page, at);
		return `${nodeName}: the Employee search lists ${persons.join(', ')}; ${person} picked, a period ${Object.values(period).join(' / ')} typed, ${days.join(' and ')} picked; screenshot ${path.relative(ROOT, screenshot)}`;
	});
}

/**
 * Entries beside Columns mapped automatically (Gensee › Dual-Teacher Classroom › Create): the mapping mode shows
 * Map Automatically, one Tutoring Class entry per name typed into its named field; then saved.
 */
export async function autoMappedEntriesCheck({ baseUrl, workDir, screenshot, workflowId, nodeName, addLabel, field, values }) {
	return await inEditor({ baseUrl, debugDir: path.join(workDir, 'browser-auto-entries') }, async (page, at) => {
		at.step = 'open the workflow';
		await openNode(page, baseUrl, workflowId, nodeName);
		at.step = 'Columns: mapped automatically';
		const mode = (await page.locator('[data-test-id="mapping-mode-select"] input').first().inputValue()).trim();
		if (!/automatically/i.test(mode)) throw new Error(`the mapping mode reads "${mode}"`);
		for (const [n, value] of values.entries()) {
			at.step = `${addLabel}: entry ${n + 1}`;
			await page.getByRole('button', { name: addLabel }).first().click();
			await page.locator(`[data-test-id="parameter-input-${field}"] input`).nth(n).fill(value);
		}
		await page.waitForTimeout(800);
		fs.mkdirSync(path.dirname(screenshot), { recursive: true });
		await page.screenshot({ path: screenshot });
		await save(page, at);
		return `${nodeName}: Columns "${mode}", ${values.length} entries (${values.join(', ')}) typed; screenshot ${path.relative(ROOT, screenshot)}`;
	});
}

/** Picks `choice` in a single-choice list (an options field or column); returns every choice it offers. */
async function pickOption(page, parameter, choice) {
	await page.locator(`[data-test-id="parameter-input-${parameter}"] .el-select:not(.el-select--disabled)`).first().click();
	const offered = await visibleOptions(page, choice);
	await page.locator('.el-select-dropdown:visible [role="option"], .el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: choice }).first().click();
	await page.waitForTimeout(300);
	return offered;
}

/** Picks the entry of a resource locator's list that shows `choice`; returns every entry the list shows. */
async function pickOne(page, parameter, choice) {
	await page.locator(`[data-test-id="parameter-input-${parameter}"]`).getByPlaceholder(/choose/i).first().click();
	const items = page.locator('[data-test-id="rlc-item"]:visible');
	await items.first().waitFor();
	const listed = (await items.allInnerTexts()).map((text) => text.split('\n')[0].trim()).filter(Boolean);
	await items.filter({ hasText: choice }).first().click();
	await page.waitForTimeout(300);
	return listed;
}

/** Opens a workflow and the details of one of its nodes. */
async function openNode(page, baseUrl, workflowId, nodeName) {
	await page.goto(`${baseUrl}/workflow/${workflowId}`);
	await page.getByText(nodeName, { exact: true }).first().waitFor();
	await dismissPopups(page);
	await page.locator('[data-test-id="canvas-node"]').filter({ hasText: nodeName }).first().dblclick();
	await page.locator('[data-test-id="ndv"], .ndv-wrapper, [data-test-id="node-parameters"]').first().waitFor();
}

/** Picks entries of a multi-select loaded from the vendor; returns every entry it lists. */
async function pickMany(page, parameter, choices) {
	// the select is disabled while n8n loads its options from the node's loadOptions method
	await page.locator(`[data-test-id="parameter-input-${parameter}"] .el-select:not(.el-select--disabled)`).first().click();
	const listed = await visibleOptions(page, choices[0]);
	for (const choice of choices)
		await page.locator('.el-select-dropdown:visible [role="option"], .el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: choice }).first().click();
	await page.keyboard.press('Escape');
	await page.waitForTimeout(500);
	return listed;
}

/** Closes the node details and saves the workflow, as an operator does. */
async function save(page, at) {
	at.step = 'save the workflow';
	await page.keyboard.press('Escape');
	await page.waitForTimeout(500);
	await page.keyboard.press('Control+s');
	await page.waitForTimeout(1500);
}

export async function browserCheck({ baseUrl, workDir, screenshot, workflowId, vendorNode = 'Baijiayun', vendorNodeName = 'Replace All Lessons' }) {
	const debugDir = path.join(workDir, 'browser');
	return await inEditor({ baseUrl, debugDir }, async (page, at) => {
		at.step = 'open the example workflow';
		await page.goto(`${baseUrl}/workflow/${workflowId}`);
		await page.getByText(vendorNodeName, { exact: true }).first().waitFor();
		await dismissPopups(page);
		await page.waitForTimeout(1500);
		fs.mkdirSync(path.dirname(screenshot), { recursive: true });
		await page.screenshot({ path: screenshot });

		at.step = 'node panel: search the vendor node';
		await page.locator('[data-test-id="node-creator-plus-button"], [data-test-id="canvas-add-button"]').first().click();
		const search = page.locator('[data-test-id="node-creator-search-bar"] input, input[placeholder*="Search"]').first();
		await search.fill(vendorNode);
		const item = page.locator('[data-test-id="node-creator"]').getByText(vendorNode, { exact: true }).first();
		await item.waitFor();
		await page.screenshot({ path: path.join(debugDir, 'node-panel-search.png') });
		await item.click();
		// the vendor node's actions, one per operation of the table
		const action = page.getByText(/replace all lessons of a room/i).first();
		await action.waitFor();
		const actionsHeader = await page.getByText(/^Actions \(\d+\)$/).first().innerText().catch(() => 'Actions (?)');
		await page.screenshot({ path: path.join(debugDir, 'node-panel-actions.png') });
		await page.keyboard.press('Escape');
		await page.waitForTimeout(500);

		at.step = 'node details: resource and operation lists';
		await page.locator('[data-test-id="canvas-node"]').filter({ hasText: vendorNodeName }).first().dblclick();
		const ndv = page.locator('[data-test-id="ndv"], .ndv-wrapper, [data-test-id="node-parameters"]').first();
		await ndv.waitFor();
		const resourceSelect = page.locator('[data-test-id="parameter-input-resource"]').first();
		await resourceSelect.click();
		const resources = await visibleOptions(page, 'Room Binding');
		await page.keyboard.press('Escape');
		await page.waitForTimeout(800);
		const operationSelect = page.locator('[data-test-id="parameter-input-operation"]').first();
		await operationSelect.click();
		const operations = await visibleOptions(page, 'Replace All Lessons');
		await page.screenshot({ path: path.join(debugDir, 'ndv-operations.png') });
		await page.keyboard.press('Escape');
		await page.waitForTimeout(800);
		await page.screenshot({ path: path.join(path.dirname(screenshot), screenshot.includes(`${path.sep}docs${path.sep}`) ? 'playground-node.png' : 'node.png') });
		for (const want of ['Zone', 'Device', 'Room Binding', 'Schedule'])
			if (!resources.some((r) => r.startsWith(want))) throw new Error(`Resource list lacks ${want}: ${resources.join(' | ')}`);
		if (!operations.some((o) => o.startsWith('Replace All Lessons'))) throw new Error(`Operation list: ${operations.join(' | ')}`);
		return `node panel found ${vendorNode}: ${actionsHeader}; Resource list: ${resources.map((r) => r.split('\n')[0]).join(', ')}; ${operations.length} schedule operations; screenshot ${path.relative(ROOT, screenshot)}`;
	});
}

/** Entries of the open dropdown that contains the given option. */
async function visibleOptions(page, containing) {
	const dropdown = page.locator('.el-select-dropdown:visible, [role="listbox"]:visible').filter({ hasText: containing }).last();
	await dropdown.waitFor();
	const options = dropdown.locator('.el-select-dropdown__item, [role="option"]');
	return (await options.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
}

/** Closes first-run popups (what's new, surveys) if they show up. */
async function dismissPopups(page) {
	for (const selector of ['[data-test-id="personalization-form"] button', '.el-dialog__headerbtn', '[aria-label="Close"]']) {
		const close = page.locator(selector).first();
		if (await close.isVisible().catch(() => false)) await close.click().catch(() => undefined);
	}
}
