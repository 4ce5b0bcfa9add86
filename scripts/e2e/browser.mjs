export async function browserCheck() { throw new Error('not yet'); }
