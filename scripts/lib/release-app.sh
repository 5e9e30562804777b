# Sourced by scripts that time the Release app over loopback (load-test.sh, whatif-timing.sh). Expects base, work and
# password set (and the Release build done): starts Dashboard.Web on a fresh SQLite file in ${work} with ${password}
# as the bootstrap admin's, stops it and deletes ${work} on exit, and returns once /health answers (a bounded wait).
# Defines token_of (the antiforgery token from a page on stdin) and login_admin JAR (the login form, as a person would).

Storage__ConnectionString="Data Source=${work}/dashboard.db" Auth__BootstrapAdminPassword="${password}" \
  Jobs__DropFolder__Path="${work}/drop" Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet Dashboard.Web/bin/Release/net10.0/Dashboard.Web.dll --urls "${base}" --contentRoot "$(pwd)/Dashboard.Web" >"${work}/app.log" 2>&1 &
app=$!
trap 'kill ${app} 2>/dev/null || true; rm -rf "${work}"' EXIT

for _ in $(seq 1 180); do curl -fs "${base}/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "${base}/health" >/dev/null || { echo "the app did not start; log:" >&2; tail -20 "${work}/app.log" >&2; exit 1; }

token_of() { grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -1; }

login_admin() {
  local jar="$1" token
  token=$(curl -s -c "${jar}" "${base}/Account/Login" | token_of)
  curl -s -b "${jar}" -c "${jar}" -o /dev/null -X POST "${base}/Account/Login" \
    --data-urlencode "UserName=admin" --data-urlencode "Password=${password}" --data-urlencode "__RequestVerificationToken=${token}"
}
