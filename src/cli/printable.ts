/** Text for a terminal: see core/shared/terminalText (one rule for every CLI output). */
export { terminalLine as printable, terminalBlock, terminalJson } from '../core/shared/terminalText';
