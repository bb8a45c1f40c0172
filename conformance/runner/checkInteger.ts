// Moved to core/ (the mock checks its options with it too); kept here so the kit's imports stay as they are.
export { checkInteger } from '../../core/options/checkInteger';
