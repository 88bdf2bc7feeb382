-- A replay claim and a quota charge in one atomic step, answering as the two would in order.
-- KEYS[1] the single-use key; KEYS[2..] the counters. ARGV[1] the key's expiry (Unix ms); ARGV[2] milliseconds
-- until the counters expire; then per counter KEYS[i] (i >= 2) ARGV[2i-1] amount, ARGV[2i] limit.
-- Returns {-1} when the key was already used (nothing charged); else, the key now spent, {0} when charged or
-- {n} for the first counter (1-based) whose amount would pass its limit (nothing charged).
if not redis.call('SET', KEYS[1], 'once', 'NX', 'PXAT', ARGV[1]) then
  return {-1}
end
for i = 2, #KEYS do
  local used = tonumber(redis.call('GET', KEYS[i]) or '0')
  if used + tonumber(ARGV[2 * i - 1]) > tonumber(ARGV[2 * i]) then
    return {i - 1}
  end
end
for i = 2, #KEYS do
  redis.call('INCRBY', KEYS[i], ARGV[2 * i - 1])
  -- Set on every charge, not only the first: a counter can never be left without an expiry.
  redis.call('PEXPIRE', KEYS[i], ARGV[2])
end
return {0}
