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
    /* A name dropped on a place: the server moves them with the rules checked, as choosing and "Move here" does. */
    dropped: function (event, ui) {
        var person = ui.draggable;
        var place = this.jqTarget;
        hubRotaDrop([
            {name: 'memberId', value: person.data('member')},
            {name: 'fromShiftId', value: person.data('shift')},
            {name: 'fromRole', value: person.data('role')},
            {name: 'toShiftId', value: place.data('shift')},
            {name: 'toRole', value: place.data('role')}
        ]);
    },
    /* Publishing with places still open asks first: the question takes the focus. */
    focusQuestion: function () {
        var question = document.getElementById('rota:confirmPublish');
        if (question) {
            question.focus();
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
