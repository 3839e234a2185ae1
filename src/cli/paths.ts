/** Where the command line finds the corpus and writes the model, relative to the project root. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const TRAIN_DIR = (lang: 'en' | 'nl') => join(ROOT, 'src', 'classifier', 'corpus', lang, 'train');
export const TEST_DIR = (lang: 'en' | 'nl') => join(ROOT, 'tests', 'fixtures', 'corpus', lang);
/** Realistic long client emails (greeting, paragraphs, sign-off), each line with its own language. */
export const LONG_MAIL_DIR = join(ROOT, 'tests', 'fixtures', 'long-mail');
export const MODEL_FILE = join(ROOT, 'src', 'classifier', 'model', 'model.generated.ts');
export const CHAR_MODEL_FILE = join(ROOT, 'src', 'classifier', 'model', 'char-model.generated.ts');
export const LANGUAGE_LETTERS_FILE = join(ROOT, 'src', 'classifier', 'model', 'language-letters.generated.ts');
