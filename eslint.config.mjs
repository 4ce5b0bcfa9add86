// n8n's community-node rules, as shipped by @n8n/node-cli (the same config `n8n-node lint` uses).
import { config } from '@n8n/node-cli/eslint';

export default config;
