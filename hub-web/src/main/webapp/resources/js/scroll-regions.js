/*
 * A table wider than the screen scrolls sideways inside its box (.table-wrap). Someone on the keyboard alone must be
 * able to reach that box to scroll it: while it scrolls it takes the focus (tabindex 0) and is a region named by its
 * table's caption. A box that fits the screen stays out of the tab order.
 */
(function () {
    /** The table's caption, else the heading of the part of the page it is in, else the page's heading. */
    function nameOf(box) {
        var caption = box.querySelector('caption');
        var section = box.closest('section');
        var heading = (section && section.querySelector('h2, h3')) || document.querySelector('h1');
        var name = caption || heading;
        return name ? name.textContent.trim() : '';
    }

    function mark() {
        var boxes = document.querySelectorAll('.table-wrap');
        for (var i = 0; i < boxes.length; i++) {
            var box = boxes[i];
            if (box.scrollWidth > box.clientWidth) {
                box.setAttribute('tabindex', '0');
                box.setAttribute('role', 'region');
                if (!box.hasAttribute('aria-labelledby') && nameOf(box)) {
                    box.setAttribute('aria-label', nameOf(box));
                }
            } else if (box.getAttribute('role') === 'region' && !box.hasAttribute('aria-labelledby')) {
                box.removeAttribute('tabindex');
                box.removeAttribute('role');
                box.removeAttribute('aria-label');
            }
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', mark);
    } else {
        mark();
    }
    window.addEventListener('resize', mark);
    // parts of a page redrawn after a click (Faces or PrimeFaces ajax) are marked again
    var faces = window.faces || window.jsf;
    if (faces && faces.ajax) {
        faces.ajax.addOnEvent(function (event) {
            if (event.status === 'success') {
                mark();
            }
        });
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', mark);
    }
})();
