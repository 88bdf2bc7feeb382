-- Check and charge several daily counters in one atomic step: all or none.
-- KEYS[i] the counters; ARGV[1] milliseconds until they expire; then per counter ARGV[2i] amount, ARGV[2i+1] limit.
-- Returns {0} when charged, or {i} for the first counter whose amount would pass its limit (nothing charged).
for i, key in ipairs(KEYS) do
  local used = tonumber(redis.call('GET', key) or '0')
  if used + tonumber(ARGV[2 * i]) > tonumber(ARGV[2 * i + 1]) then
    return {i}
  end
end
for i, key in ipairs(KEYS) do
  redis.call('INCRBY', key, ARGV[2 * i])
  -- Set on every charge, not only the first: a counter can never be left without an expiry.
  redis.call('PEXPIRE', key, ARGV[1])
end
return {0}
