/** Files shipped with impact, found from this module whether it runs from src/ or dist/. */
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SCHEMA_FILE = fileURLToPath(new URL('../schemas/evaluation.schema.json', import.meta.url));
export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));
export const THEME_SCHEMA_FILE = fileURLToPath(new URL('../schemas/theme.schema.json', import.meta.url));
