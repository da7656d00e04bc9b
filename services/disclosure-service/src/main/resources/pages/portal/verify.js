// The portal's verification page (docs/verification.md): checks files chosen on this computer against the signed
// manifest of their version. The manifest's signature (JWS, RS256) is verified with the published public key (JWK
// Set), then each file's SHA-256 is compared with the signed list. Web Crypto only; nothing is uploaded.
(function () {
  'use strict';
  var form = document.getElementById('verify');
  var input = document.getElementById('verify-file');
  var result = document.getElementById('verify-result');
  if (!form || !input || !result) {
    return;
  }

  function say(lines, ok) {
    result.textContent = '';
    var list = document.createElement('ul');
    lines.forEach(function (line) {
      var item = document.createElement('li');
      item.textContent = line.text;
      item.className = line.ok ? 'verified' : 'not-verified';
      list.appendChild(item);
    });
    result.appendChild(list);
    result.dataset.state = ok ? 'verified' : 'not-verified';
  }

  if (!window.crypto || !window.crypto.subtle) {
    say([{ok: false, text: '此浏览器在本连接下不能计算 SHA-256（需 HTTPS）：请用下面的命令核验。'}], false);
    return;
  }

  function bytes(b64url) {
    var s = b64url.replace(/-/g, '+').replace(/_/g, '/');
    while (s.length % 4) {
      s += '=';
    }
    var binary = atob(s);
    var out = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      out[i] = binary.charCodeAt(i);
    }
    return out;
  }

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  function fetched(url, read) {
    return fetch(url, {cache: 'no-store'}).then(function (r) {
      if (!r.ok) {
        throw new Error(url + ' 返回 ' + r.status);
      }
      return read(r);
    });
  }

  /** The manifest, once its signature verified with the published key. */
  function signedManifest() {
    return Promise.all([fetched(form.dataset.manifest, function (r) { return r.text(); }),
                        fetched(form.dataset.keys, function (r) { return r.json(); })]).then(function (got) {
      var parts = got[0].trim().split('.');
      if (parts.length !== 3) {
        throw new Error('签名清单不是 JWS');
      }
      var header = JSON.parse(new TextDecoder().decode(bytes(parts[0])));
      var jwk = (got[1].keys || []).filter(function (k) { return k.kid === header.kid; })[0];
      if (header.alg !== 'RS256' || !jwk) {
        throw new Error('签名清单的公钥（kid ' + header.kid + '）未公布');
      }
      return crypto.subtle.importKey('jwk', {kty: jwk.kty, n: jwk.n, e: jwk.e, alg: 'RS256', ext: true},
          {name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256'}, false, ['verify']).then(function (key) {
        return crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, bytes(parts[2]),
            new TextEncoder().encode(parts[0] + '.' + parts[1]));
      }).then(function (valid) {
        if (!valid) {
          throw new Error('签名清单的签名无效');
        }
        return JSON.parse(new TextDecoder().decode(bytes(parts[1])));
      });
    });
  }

  input.dataset.ready = 'yes';
  input.addEventListener('change', function () {
    var chosen = Array.prototype.slice.call(input.files);
    if (chosen.length === 0) {
      return;
    }
    say([{ok: true, text: '核验中……'}], false);
    signedManifest().then(function (manifest) {
      var listed = manifest.files.concat(manifest.parityReport ? [manifest.parityReport] : []);
      return Promise.all(chosen.map(function (file) {
        return file.arrayBuffer().then(function (content) {
          return crypto.subtle.digest('SHA-256', content);
        }).then(function (digest) {
          var sha = hex(digest);
          var match = listed.filter(function (f) { return f.sha256 === sha; })[0];
          return match
              ? {ok: true, text: '一致：' + file.name + ' 即签名清单中的 ' + match.name + '（SHA-256 ' + sha + '）'}
              : {ok: false, text: '不一致：' + file.name + ' 的 SHA-256 ' + sha + ' 不在第' + manifest.version + '版的签名清单中'};
        });
      }));
    }).then(function (lines) {
      say(lines, lines.every(function (l) { return l.ok; }));
    }).catch(function (e) {
      say([{ok: false, text: '无法核验：' + e.message}], false);
    });
  });
})();
