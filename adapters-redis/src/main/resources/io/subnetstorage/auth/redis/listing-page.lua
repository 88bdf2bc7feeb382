-- Claim one page of a listing signature (SPEC §5): each page once, at most ARGV[2] pages a signature,
-- and a signature first used for anything but listing is never a listing signature.
-- KEYS[1] the signature's key, KEYS[2] the page's key; ARGV[1] expiry (Unix ms), ARGV[2] pages allowed.
-- Returns 0 = first use of this page, 1 = replayed, 2 = page limit reached.
local held = redis.call('GET', KEYS[1])
if held and string.sub(held, 1, 6) ~= 'pages:' then
  return 1
end
if redis.call('EXISTS', KEYS[2]) == 1 then
  return 1
end
local served = held and tonumber(string.sub(held, 7)) or 0
if served >= tonumber(ARGV[2]) then
  return 2
end
redis.call('SET', KEYS[1], 'pages:' .. (served + 1), 'PXAT', ARGV[1])
redis.call('SET', KEYS[2], '1', 'PXAT', ARGV[1])
return 0
