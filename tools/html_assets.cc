// The HTML report's style sheet and script: see html_assets.h.
#include "tools/html_assets.h"

#include <cmath>
#include <string>

#include "absl/strings/str_format.h"

namespace factcheck {

// The page's style sheet, without the speakers' colours.
const char kHtmlStyle[] = R"(
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header{background:#223;color:#fff;padding:12px 20px;position:sticky;top:0;z-index:2}
header h1{font-size:18px;margin:0 0 4px}
header p{margin:0 0 8px;font-size:13px;opacity:.85}
nav button,.filters button{font:inherit;font-size:13px;border:1px solid #99a;background:#fff;color:#223;border-radius:4px;padding:3px 10px;margin-right:6px;cursor:pointer}
nav button[aria-pressed=true],.filters button[aria-pressed=true]{background:#ffd84d;border-color:#ffd84d}
main{padding:12px 20px;max-width:1200px}
.hidden{display:none}
.art,.person,.finding,.chart{content-visibility:auto;contain-intrinsic-size:auto 300px}
h2{font-size:17px;margin:18px 0 6px}
.finding{background:#fff;border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;padding:8px 12px;margin:10px 0}
.finding.conflict{border-left-color:#c0392b}.finding.differs{border-left-color:#e08e0b}.finding.consistent{border-left-color:#2e8b57}
.badge{font-size:11px;font-weight:700;padding:1px 6px;border-radius:3px;color:#fff;background:#999;margin-right:6px}
.badge.conflict{background:#c0392b}.badge.differs{background:#e08e0b}.badge.consistent{background:#2e8b57}
.why{margin:4px 0;font-size:13px;color:#444}
.claims{display:flex;gap:10px;flex-wrap:wrap}
.claim{flex:1 1 300px;border:1px solid #eee;border-radius:4px;padding:6px 8px;background:#fcfcfc;font-size:13px}
.claim .meta{color:#555}
mark{background:#ffe066;padding:0 1px}
.text mark{background:none;border-bottom:3px solid #e0a800;padding:0}
#view-findings[data-filter=CONFLICT] .finding:not([data-verdict=CONFLICT]),#view-findings[data-filter=DIFFERS] .finding:not([data-verdict=DIFFERS]),#view-findings[data-filter=CONSISTENT] .finding:not([data-verdict=CONSISTENT]){display:none}
.art{background:#fff;border:1px solid #ddd;border-radius:4px;padding:8px 14px;margin:12px 0}
.art .meta,.person .meta{color:#555;font-size:13px}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
.q{border-radius:3px;cursor:help;padding:0 1px}
.q:hover,.target{outline:2px solid #223}
.chip{display:inline-block;font-size:12px;border-radius:3px;padding:0 5px;margin:0 4px 2px 0}
.person{background:#fff;border:1px solid #ddd;border-radius:4px;padding:6px 12px;margin:8px 0}
.person li{margin:3px 0}
.chart{background:#fff;border:1px solid #ddd;border-radius:4px;padding:6px 12px;margin:10px 0}
.chart svg{max-width:100%;height:auto}
.chart table{font-size:12px;border-collapse:collapse}
.chart td,.chart th{border:1px solid #eee;padding:1px 6px;text-align:left}
.k-none{background:#e4e4e4}
)";

// A light hue per speaker colour class, spread by the golden angle so that
// neighbours in the list differ.
std::string HtmlColourRules(int colours) {
  std::string css;
  for (int i = 0; i < colours; ++i) {
    absl::StrAppendFormat(&css, ".k%d{background:hsl(%d,75%%,84%%)}\n", i,
                          static_cast<int>(std::fmod(i * 137.508, 360.0)));
  }
  return css;
}

// Marks the body when it has run (data-ready, data-load-ms: milliseconds
// since the page was asked for; data-onload-ms at the load event); the error
// handler, set first, records any script error in data-error. The views are
// switched by the buttons, by "#findings", "#people", "#timeline" or
// "#articles" in the address, and by following an anchor into a hidden view.
const char kHtmlScript[] = R"(
(function(){
var b=document.body,views=document.querySelectorAll('.view'),tabs=document.querySelectorAll('nav button');
function show(name){
  for(var i=0;i<views.length;i++){views[i].classList.toggle('hidden',views[i].id!=='view-'+name);}
  for(var j=0;j<tabs.length;j++){tabs[j].setAttribute('aria-pressed',tabs[j].getAttribute('data-view')===name?'true':'false');}
}
for(var i=0;i<tabs.length;i++){tabs[i].addEventListener('click',function(e){
  var name=e.currentTarget.getAttribute('data-view');show(name);history.replaceState(null,'','#'+name);
});}
var filters=document.querySelectorAll('.filters button'),fv=document.getElementById('view-findings');
for(var k=0;k<filters.length;k++){filters[k].addEventListener('click',function(e){
  var f=e.currentTarget.getAttribute('data-filter');fv.setAttribute('data-filter',f);
  for(var m=0;m<filters.length;m++){filters[m].setAttribute('aria-pressed',filters[m]===e.currentTarget?'true':'false');}
});}
function follow(){
  var id=decodeURIComponent(location.hash.slice(1));
  if(id&&document.getElementById('view-'+id)){show(id);return true;}
  var el=id&&document.getElementById(id);
  if(!el)return false;
  var v=el.closest('.view');if(v)show(v.id.slice(5));
  el.scrollIntoView({block:'center'});el.classList.add('target');
  return true;
}
window.addEventListener('hashchange',follow);
if(!follow())show(b.getAttribute('data-first'));
b.setAttribute('data-load-ms',String(Math.round(performance.now())));
window.addEventListener('load',function(){b.setAttribute('data-onload-ms',String(Math.round(performance.now())));});
b.setAttribute('data-ready','1');
})();
)";

}  // namespace factcheck
