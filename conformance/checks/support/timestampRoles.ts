/**
 * Which date-time properties mean "created" and "last updated". A schema says a property is a date-time, not
 * what it dates, so only these two rules rely on names: the contract's own (`User.createdAt`,
 * `User.updatedAt`), which are also the common convention. Every other timestamp rule uses the spec's
 * `format: date-time` alone.
 */
export const CREATED_AT = 'createdAt';
export const UPDATED_AT = 'updatedAt';
