/*
 * On a phone, the many links of a signed-in person fold behind a Menu button, so each page starts near the top of the
 * screen. On a wider screen, with few links, or without script, every link shows.
 */
(function () {
    var FEW = 5;
    var toggle = document.getElementById('menuButton');
    var links = document.getElementById('siteNavLinks');
    if (!toggle || !links || links.children.length <= FEW) {
        return;
    }
    var narrow = window.matchMedia('(max-width: 40rem)');

    function show(open) {
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        links.hidden = !open;
        toggle.parentElement.classList.toggle('site-nav--open', open && narrow.matches);
    }

    function fit() {
        toggle.hidden = !narrow.matches;
        show(!narrow.matches);
    }

    toggle.addEventListener('click', function () {
        show(toggle.getAttribute('aria-expanded') !== 'true');
    });
    if (narrow.addEventListener) {
        narrow.addEventListener('change', fit);
    } else {
        narrow.addListener(fit);
    }
    fit();
})();
