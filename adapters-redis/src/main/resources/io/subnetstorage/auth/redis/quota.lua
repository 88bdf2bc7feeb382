-- Check and charge a hotkey's and the service's daily counters in one atomic step.
-- KEYS[1] hotkey counter, KEYS[2] global counter
-- ARGV[1] hotkey limit, ARGV[2] global limit, ARGV[3] milliseconds until the counters expire
-- Returns {verdict, limit, count}: verdict 0 = charged, 1 = hotkey refused, 2 = global refused;
-- count is the counter that decided (after charging when charged, untouched when refused).
local hotkeyLimit = tonumber(ARGV[1])
local globalLimit = tonumber(ARGV[2])
local hotkeyCount = tonumber(redis.call('GET', KEYS[1]) or '0')
local globalCount = tonumber(redis.call('GET', KEYS[2]) or '0')
if hotkeyCount >= hotkeyLimit then
  return {1, hotkeyLimit, hotkeyCount}
end
if globalCount >= globalLimit then
  return {2, globalLimit, globalCount}
end
hotkeyCount = redis.call('INCR', KEYS[1])
redis.call('INCR', KEYS[2])
-- Set on every charge, not only the first: a counter can never be left without an expiry.
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return {0, hotkeyLimit, hotkeyCount}
