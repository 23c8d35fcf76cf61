// Numeric settings from environment variables, for the scripts: unset or blank means the default;
// anything else must be valid, or the script stops and says which variable is wrong.

function read(name, fallback, valid, expected) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!valid(n)) throw new Error(`${name}=${raw} is not ${expected}`);
  return n;
}

export const positiveInt = (name, fallback) =>
  read(name, fallback, (n) => Number.isInteger(n) && n > 0, 'a positive integer');

export const positiveNumber = (name, fallback) =>
  read(name, fallback, (n) => Number.isFinite(n) && n > 0, 'a positive number');
