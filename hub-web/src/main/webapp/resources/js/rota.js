/* The café rota grid: shows auto-fill at work, and takes keyboard focus to what a choice brought up. */
var hubRota = {
    filling: function (busy) {
        var progress = document.getElementById('fillProgress');
        if (progress) {
            progress.hidden = !busy;
        }
        var button = document.getElementById('rota:autoFill');
        if (button) {
            button.setAttribute('aria-busy', busy ? 'true' : 'false');
        }
    },
    focusSelection: function (data) {
        if (data.status === 'success') {
            var selection = document.getElementById('rota:selection');
            if (selection) {
                selection.focus();
            }
        }
    }
};
